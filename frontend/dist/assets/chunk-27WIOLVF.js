import{a as g,b as o,c as w,e as x,f as v,g as I,k,l as M,m as A,n as D}from"./chunk-OPEYEAOV.js";import{i as b}from"./chunk-SUUXRMRK.js";import{a as m,b as $}from"./chunk-DECO3CHZ.js";import{j as r,n as l}from"./chunk-FE2DSP6H.js";import"./chunk-OOJM4CTU.js";var d=c=>v(c?.image)?c.image:v(c?.video)?c.video:null,f=class extends m{constructor(){super(...arguments);this.selected=null;this.focusIndex=0;this.up=new D(this);this.mine=void 0;this.seenIndex=void 0;this.onKey=e=>{let t=e.target;if(t instanceof HTMLVideoElement||t instanceof HTMLInputElement)return;let i=this.items.length,s=t.classList.contains("gr-gallery-item"),n=this.previewing?i:Math.max(1,Number(this.props.columns)||2),a=null;switch(e.key){case"Escape":if(!this.previewing)return;this.close();break;case"ArrowLeft":case"ArrowRight":if(this.previewing)return e.preventDefault(),void this.step(e.key==="ArrowLeft"?-1:1);s&&(a=this.focusIndex+(e.key==="ArrowLeft"?-1:1));break;case"ArrowUp":case"ArrowDown":s&&(a=this.focusIndex+(e.key==="ArrowUp"?-n:n));break;case"Home":case"End":s&&(a=e.key==="Home"?0:i-1);break;case"Enter":case" ":if(!s)return;this.select(this.focusIndex);break;case"Delete":case"Backspace":if(!s||!this.interactive)return;this.removeItem(this.focusIndex);break;default:return}e.preventDefault(),a!=null&&(this.focusIndex=Math.max(0,Math.min(i-1,a)),this.focusItem())}}static{this.properties={...m.properties,selected:{state:!0},focusIndex:{state:!0}}}get items(){return Array.isArray(this.value)?this.value.filter(e=>d(e)):[]}get previewing(){return this.props.allow_preview!==!1&&this.selected!=null}willUpdate(e){let t=this.props,i=this.items.length;e.has("props")&&t.selected_index!==this.seenIndex&&(this.seenIndex=t.selected_index,typeof t.selected_index=="number"&&(this.selected=t.selected_index)),e.has("value")&&this.value!==this.mine&&(this.selected=typeof t.selected_index=="number"?t.selected_index:t.preview&&i?0:null,this.focusIndex=0),this.selected!=null&&(this.selected<0||this.selected>=i)&&(this.selected=i?Math.max(0,Math.min(i-1,this.selected)):null),this.focusIndex>=i&&(this.focusIndex=Math.max(0,i-1))}render(){let e=this.props,t=this.items,i=I(e.height),s=Math.max(1,Number(Array.isArray(e.columns)?e.columns[0]:e.columns)||2),n=x(e,["download","fullscreen"]),a=this.selected!=null?t[this.selected]:null,u=a?d(a):null,y=b(e.file_types??["image","video"]),E=["contain","cover","fill","none","scale-down"].includes(e.object_fit)?e.object_fit:"cover",p=this.previewing;return r`${this.label(null)}
      <div
        class="gr-gallery ${p?"gr-previewing":""} ${i?"gr-fixed-height":""} ${this.up.dragging?"gr-dragging":""}"
        style="--gr-gallery-cols:${s};--gr-gallery-fit:${E};${i?`height:${i}`:""}"
        role="group"
        aria-labelledby=${e.label?this.uid+"-label":l}
        @keydown=${this.onKey}
        @dragenter=${this.interactive?this.up.over:l}
        @dragover=${this.interactive?this.up.over:l}
        @dragleave=${this.interactive?this.up.leave:l}
        @drop=${this.interactive?this.up.dropped(h=>{this.take(h)}):l}
      >
        ${t.length?r`<div class="gr-img-toolbar">
              ${u&&n.includes("download")?w(this.url(u),u,"Download the selected item"):l}
              ${n.includes("fullscreen")?o("fullscreen","Full screen",()=>this.fullscreen()):l}
              ${this.interactive?r`<label class="gr-icon-button gr-img-btn gr-file-button" title="Add files">
                      ${g("plus")}
                      <input class="gr-file-input" type="file" multiple accept=${y??l} aria-label="Add files" ?disabled=${this.up.busy} @change=${this.up.picked(h=>{this.take(h)})} />
                    </label>
                    ${u?o("trash","Delete the selected item",()=>this.removeItem(this.selected)):l}
                    ${p?l:o("close","Clear the gallery",()=>this.clear())}`:l}
              ${p?o("close","Close the preview",()=>this.close(),"gr-gallery-close"):l}
            </div>`:l}
        ${p&&a?this.preview(a,this.selected,t.length):l}
        ${t.length?this.grid(t):this.interactive?this.up.zone({id:this.uid,multiple:!0,accept:y,onFiles:h=>{this.take(h)},prompt:r`<span>Drop images or videos here</span>`}):k("Empty gallery")}
        ${this.up.busy&&t.length?r`<div class="gr-gallery-uploading">${M(this.up.progress)}</div>`:l}
      </div>
      ${this.up.errorView()}`}url(e){return this.host?.fileURL(e)??e.url??""}alt(e,t){return e.caption||`${this.props.label||"Item"} ${t+1}`}grid(e){let t=this.selected;return r`<div
      class="gr-gallery-grid"
      role="listbox"
      aria-label=${this.props.label||"Gallery"}
      aria-orientation=${this.previewing?"horizontal":l}
      aria-keyshortcuts=${this.interactive?"Delete":l}
    >
      ${e.map((i,s)=>{let n=d(i);return r`<div
          class="gr-gallery-item"
          role="option"
          tabindex=${s===this.focusIndex?"0":"-1"}
          aria-selected=${String(s===t)}
          aria-label=${this.alt(i,s)}
          title=${i.caption||l}
          @click=${()=>this.select(s)}
          @focus=${()=>this.focusIndex=s}
        >
          ${i.video?r`<video src=${this.url(n)} muted preload="metadata" aria-hidden="true"></video><span class="gr-gallery-play">${g("play")}</span>`:r`<img src=${this.url(n)} alt="" loading="lazy" draggable="false" />`}
          ${i.caption?r`<span class="gr-gallery-caption" aria-hidden="true">${i.caption}</span>`:l}
          ${this.interactive?r`<span class="gr-gallery-del" title="Delete" aria-hidden="true" @click=${a=>(a.stopPropagation(),this.removeItem(s))}>${g("close")}</span>`:l}
        </div>`})}
    </div>`}preview(e,t,i){let s=d(e);return r`<div class="gr-gallery-preview" role="region" aria-label="Preview: ${this.alt(e,t)} (${t+1} of ${i})">
      ${e.video?r`<video class="gr-gallery-big" src=${this.url(s)} controls></video>`:r`<img class="gr-gallery-big" src=${this.url(s)} alt=${this.alt(e,t)} />`}
      ${i>1?r`${o("left","Previous",()=>this.step(-1),"gr-gallery-nav gr-gallery-prev")}
          ${o("right","Next",()=>this.step(1),"gr-gallery-nav gr-gallery-next")}`:l}
      ${e.caption?r`<div class="gr-gallery-preview-caption">${e.caption}</div>`:l}
    </div>`}select(e){let t=this.items;if(!t[e])return;let i=this.previewing;this.selected=e,this.focusIndex=e,this.emit("select",{index:e,value:t[e],selected:!0}),!i&&this.previewing&&this.emit("preview_open")}step(e){let t=this.items.length;t&&this.selected!=null&&this.select((this.selected+e+t)%t),this.focusItem()}close(){this.selected!=null&&(this.selected=null,this.emit("preview_close"),this.focusItem())}focusItem(){this.updateComplete.then(()=>this.querySelectorAll(".gr-gallery-item")[this.focusIndex]?.focus())}fullscreen(){let e=this.querySelector(".gr-gallery-big")??this.querySelector(".gr-gallery");document.fullscreenElement?document.exitFullscreen():e?.requestFullscreen?.().catch(()=>{})}async take(e){let t=e.filter(n=>A(n,["image","video"]));if(!t.length)return this.up.fail("Please choose images or videos.");if(this.up.busy)return;let i=await this.up.send(t);if(!i)return;let s=i.map(n=>(n.mime_type??"").startsWith("video/")?{video:n,caption:null}:{image:n,caption:null});this.set([...this.items,...s]),this.emit("upload")}removeItem(e){let t=this.items,i=t[e];if(!i)return;this.emit("delete",{index:e,value:i,file:d(i)});let s=t.filter((n,a)=>a!==e);this.selected!=null&&(this.selected=this.selected===e?s.length&&this.previewing?Math.min(e,s.length-1):null:this.selected-(e<this.selected?1:0)),this.focusIndex=Math.min(e,Math.max(0,s.length-1)),this.set(s),s.length?this.focusItem():this.updateComplete.then(()=>this.querySelector(".gr-file-input")?.focus())}clear(){this.selected=null,this.set([]),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-file-input")?.focus())}set(e){this.mine=e,this.userValue(e)}};$("gallery",f);export{f as GalleryView};
