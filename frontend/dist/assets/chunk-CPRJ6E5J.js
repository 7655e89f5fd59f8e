import{b as h,c as $,d as b,e as w,f as d,g as y,k as M,m as D,n as m}from"./chunk-OPEYEAOV.js";import"./chunk-SUUXRMRK.js";import{a as g,b as f}from"./chunk-DECO3CHZ.js";import{j as l,n}from"./chunk-FE2DSP6H.js";import"./chunk-OOJM4CTU.js";var c=class extends g{constructor(){super(...arguments);this.pos=null;this.ups=[new m(this),new m(this)];this.dragging=null;this.onDown=e=>{e.button>0||!this.pair[0]||!this.pair[1]||(e.currentTarget.setPointerCapture(e.pointerId),this.dragging=e.pointerId,e.preventDefault(),this.move(e),this.querySelector(".gr-imgslider-handle")?.focus({preventScroll:!0}))};this.onMove=e=>{this.dragging===e.pointerId&&this.move(e)};this.onUp=e=>{this.dragging===e.pointerId&&(this.dragging=null)};this.onKey=e=>{let i=e.shiftKey?10:1,t=this.position,s={ArrowLeft:t-i,ArrowDown:t-i,ArrowRight:t+i,ArrowUp:t+i,PageDown:t-10,PageUp:t+10,Home:0,End:100};e.key in s&&(e.preventDefault(),this.pos=Math.max(0,Math.min(100,s[e.key])))}}static{this.properties={...g.properties,pos:{state:!0}}}get pair(){let e=Array.isArray(this.value)?this.value:[];return[d(e[0])?e[0]:null,d(e[1])?e[1]:null]}get position(){let e=this.pos??Number(this.props.slider_position??50);return Math.max(0,Math.min(100,Number.isFinite(e)?e:50))}url(e){return this.host?.fileURL(e)??e.url??""}render(){let e=this.props,[i,t]=this.pair,s=y(e.max_height),a=e.label||"Image",o;if(this.interactive&&(!i||!t))o=l`<div class="gr-imgslider-inputs">
        ${[i,t].map((p,r)=>p?l`<div class="gr-image-frame">
                <img class="gr-image-img" src=${this.url(p)} alt="${a}, ${r?"right":"left"}" />
                <div class="gr-img-toolbar">${h("close",`Remove the ${r?"right":"left"} image`,()=>this.set(r,null))}</div>
              </div>`:this.ups[r].zone({id:`${this.uid}-${r}`,onFiles:u=>{this.take(r,u)},prompt:l`<span>Drop the ${r?"right (after)":"left (before)"} image here</span>`}))}
      </div>`;else if(!i&&!t)o=M();else{let p=i??t,r=i&&t?t:null,u=this.position,v=w(e,["download","fullscreen"]);o=l`<div class="gr-image-frame">
        <div
          class="gr-imgslider-view"
          style=${s?`--gr-imgslider-h:${s}`:n}
          @pointerdown=${this.onDown}
          @pointermove=${this.onMove}
          @pointerup=${this.onUp}
          @pointercancel=${this.onUp}
        >
          <img class="gr-imgslider-img" src=${this.url(p)} alt="${a}${r?", left":""}" draggable="false" />
          ${r?l`<img class="gr-imgslider-img gr-imgslider-top" src=${this.url(r)} alt="${a}, right" draggable="false" style="clip-path:inset(0 0 0 ${u}%)" />
                <div
                  class="gr-imgslider-handle"
                  style="left:${u}%"
                  role="slider"
                  tabindex="0"
                  aria-label="Divider between the two images"
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${Math.round(u)}
                  aria-valuetext="${Math.round(u)}% of the left image shown"
                  @keydown=${this.onKey}
                ></div>`:n}
        </div>
        <div class="gr-img-toolbar">
          ${v.includes("download")?$(this.url(r??p),r??p):n}
          ${v.includes("fullscreen")?h("fullscreen","Full screen",()=>b(this.querySelector(".gr-imgslider-view"))):n}
          ${this.interactive?h("close","Clear",()=>this.clear()):n}
        </div>
      </div>`}return l`${this.label(null)}
      <div class="gr-image gr-imgslider" role="group" aria-labelledby=${e.label?this.uid+"-label":n}>${o}</div>
      ${this.ups[0].errorView()}${this.ups[1].errorView()}`}move(e){let i=e.currentTarget.getBoundingClientRect();this.pos=Math.max(0,Math.min(100,(e.clientX-i.left)/i.width*100))}async take(e,i){let t=i.find(o=>D(o,["image"])),s=this.ups[e];if(!t)return s.fail("Please choose an image file.");if(s.busy)return;let a=await s.send([t]);a&&(this.set(e,a[0]),this.emit("upload"))}set(e,i){let t=this.pair;t[e]=i,this.userValue(t)}clear(){this.ups.forEach(e=>e.error=""),this.userValue([null,null]),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-file-input")?.focus())}};f("imageslider",c);export{c as ImageSliderView};
