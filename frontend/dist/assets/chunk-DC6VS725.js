import{b as m,c as b,d as y,e as w,f as h,g as M,k as E,m as D,n as c}from"./chunk-76FKMACF.js";import"./chunk-SUUXRMRK.js";import{a as d,b as $}from"./chunk-NCJSEHBS.js";import{c as s}from"./chunk-P7YIV3HJ.js";import{j as n,n as o}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var v=class extends d{constructor(){super(...arguments);this.pos=null;this.ups=[new c(this),new c(this)];this.dragging=null;this.onDown=e=>{e.button>0||!this.pair[0]||!this.pair[1]||(e.currentTarget.setPointerCapture(e.pointerId),this.dragging=e.pointerId,e.preventDefault(),this.move(e),this.querySelector(".gr-imgslider-handle")?.focus({preventScroll:!0}))};this.onMove=e=>{this.dragging===e.pointerId&&this.move(e)};this.onUp=e=>{this.dragging===e.pointerId&&(this.dragging=null)};this.onKey=e=>{let t=e.shiftKey?10:1,i=this.position,a={ArrowLeft:i-t,ArrowDown:i-t,ArrowRight:i+t,ArrowUp:i+t,PageDown:i-10,PageUp:i+10,Home:0,End:100};e.key in a&&(e.preventDefault(),this.pos=Math.max(0,Math.min(100,a[e.key])))}}static{this.properties={...d.properties,pos:{state:!0}}}get pair(){let e=Array.isArray(this.value)?this.value:[];return[h(e[0])?e[0]:null,h(e[1])?e[1]:null]}get position(){let e=this.pos??Number(this.props.slider_position??50);return Math.max(0,Math.min(100,Number.isFinite(e)?e:50))}url(e){return this.host?.fileURL(e)??e.url??""}render(){let e=this.props,[t,i]=this.pair,a=M(e.max_height),l=e.label||s("common.image"),p;if(this.interactive&&(!t||!i))p=n`<div class="gr-imgslider-inputs">
        ${[t,i].map((u,r)=>u?n`<div class="gr-image-frame">
                <img class="gr-image-img" src=${this.url(u)} alt=${s(r?"image.right":"image.left",{name:l})} />
                <div class="gr-img-toolbar">${m("close",s(r?"image.remove_right":"image.remove_left"),()=>this.set(r,null))}</div>
              </div>`:this.ups[r].zone({id:`${this.uid}-${r}`,onFiles:g=>{this.take(r,g)},prompt:n`<span>${s(r?"upload.drop_right":"upload.drop_left")}</span>`}))}
      </div>`;else if(!t&&!i)p=E();else{let u=t??i,r=t&&i?i:null,g=this.position,f=w(e,["download","fullscreen"]);p=n`<div class="gr-image-frame">
        <div
          class="gr-imgslider-view"
          style=${a?`--gr-imgslider-h:${a}`:o}
          @pointerdown=${this.onDown}
          @pointermove=${this.onMove}
          @pointerup=${this.onUp}
          @pointercancel=${this.onUp}
        >
          <img class="gr-imgslider-img" src=${this.url(u)} alt=${r?s("image.left",{name:l}):l} draggable="false" />
          ${r?n`<img class="gr-imgslider-img gr-imgslider-top" src=${this.url(r)} alt=${s("image.right",{name:l})} draggable="false" style="clip-path:inset(0 0 0 ${g}%)" />
                <div
                  class="gr-imgslider-handle"
                  style="left:${g}%"
                  role="slider"
                  tabindex="0"
                  aria-label=${s("image.divider")}
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${Math.round(g)}
                  aria-valuetext="${Math.round(g)}% of the left image shown"
                  @keydown=${this.onKey}
                ></div>`:o}
        </div>
        <div class="gr-img-toolbar">
          ${f.includes("download")?b(this.url(r??u),r??u):o}
          ${f.includes("fullscreen")?m("fullscreen",s("common.full_screen"),()=>y(this.querySelector(".gr-imgslider-view"))):o}
          ${this.interactive?m("close",s("common.clear"),()=>this.clear()):o}
        </div>
      </div>`}return n`${this.label(null)}
      <div class="gr-image gr-imgslider" role="group" aria-labelledby=${e.label?this.uid+"-label":o}>${p}</div>
      ${this.ups[0].errorView()}${this.ups[1].errorView()}`}move(e){let t=e.currentTarget.getBoundingClientRect();this.pos=Math.max(0,Math.min(100,(e.clientX-t.left)/t.width*100))}async take(e,t){let i=t.find(p=>D(p,["image"])),a=this.ups[e];if(!i)return a.fail(s("upload.choose_image"));if(a.busy)return;let l=await a.send([i]);l&&(this.set(e,l[0]),this.emit("upload"))}set(e,t){let i=this.pair;i[e]=t,this.userValue(i)}clear(){this.ups.forEach(e=>e.error=""),this.userValue([null,null]),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-file-input")?.focus())}};$("imageslider",v);export{v as ImageSliderView};
