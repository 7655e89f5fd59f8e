import{a as m,b as c,c as x,e as I,f,g as k,k as _,l as M,m as E,n as A}from"./chunk-76FKMACF.js";import{i as w}from"./chunk-SUUXRMRK.js";import{a as v,b}from"./chunk-NCJSEHBS.js";import{c as r}from"./chunk-P7YIV3HJ.js";import{j as n,n as l}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var u=h=>f(h?.image)?h.image:f(h?.video)?h.video:null,y=class extends v{constructor(){super(...arguments);this.selected=null;this.focusIndex=0;this.up=new A(this);this.mine=void 0;this.seenIndex=void 0;this.onKey=e=>{let t=e.target;if(t instanceof HTMLVideoElement||t instanceof HTMLInputElement)return;let i=this.items.length,s=t.classList.contains("gr-gallery-item"),a=this.previewing?i:Math.max(1,Number(this.props.columns)||2),o=null;switch(e.key){case"Escape":if(!this.previewing)return;this.close();break;case"ArrowLeft":case"ArrowRight":if(this.previewing)return e.preventDefault(),void this.step(e.key==="ArrowLeft"?-1:1);s&&(o=this.focusIndex+(e.key==="ArrowLeft"?-1:1));break;case"ArrowUp":case"ArrowDown":s&&(o=this.focusIndex+(e.key==="ArrowUp"?-a:a));break;case"Home":case"End":s&&(o=e.key==="Home"?0:i-1);break;case"Enter":case" ":if(!s)return;this.select(this.focusIndex);break;case"Delete":case"Backspace":if(!s||!this.interactive)return;this.removeItem(this.focusIndex);break;default:return}e.preventDefault(),o!=null&&(this.focusIndex=Math.max(0,Math.min(i-1,o)),this.focusItem())}}static{this.properties={...v.properties,selected:{state:!0},focusIndex:{state:!0}}}get items(){return Array.isArray(this.value)?this.value.filter(e=>u(e)):[]}get previewing(){return this.props.allow_preview!==!1&&this.selected!=null}willUpdate(e){let t=this.props,i=this.items.length;e.has("props")&&t.selected_index!==this.seenIndex&&(this.seenIndex=t.selected_index,typeof t.selected_index=="number"&&(this.selected=t.selected_index)),e.has("value")&&this.value!==this.mine&&(this.selected=typeof t.selected_index=="number"?t.selected_index:t.preview&&i?0:null,this.focusIndex=0),this.selected!=null&&(this.selected<0||this.selected>=i)&&(this.selected=i?Math.max(0,Math.min(i-1,this.selected)):null),this.focusIndex>=i&&(this.focusIndex=Math.max(0,i-1))}render(){let e=this.props,t=this.items,i=k(e.height),s=Math.max(1,Number(Array.isArray(e.columns)?e.columns[0]:e.columns)||2),a=I(e,["download","fullscreen"]),o=this.selected!=null?t[this.selected]:null,p=o?u(o):null,$=w(e.file_types??["image","video"]),L=["contain","cover","fill","none","scale-down"].includes(e.object_fit)?e.object_fit:"cover",g=this.previewing;return n`${this.label(null)}
      <div
        class="gr-gallery ${g?"gr-previewing":""} ${i?"gr-fixed-height":""} ${this.up.dragging?"gr-dragging":""}"
        style="--gr-gallery-cols:${s};--gr-gallery-fit:${L};${i?`height:${i}`:""}"
        role="group"
        aria-labelledby=${e.label?this.uid+"-label":l}
        @keydown=${this.onKey}
        @dragenter=${this.interactive?this.up.over:l}
        @dragover=${this.interactive?this.up.over:l}
        @dragleave=${this.interactive?this.up.leave:l}
        @drop=${this.interactive?this.up.dropped(d=>{this.take(d)}):l}
      >
        ${t.length?n`<div class="gr-img-toolbar">
              ${p&&a.includes("download")?x(this.url(p),p,r("gallery.download_selected")):l}
              ${a.includes("fullscreen")?c("fullscreen",r("common.full_screen"),()=>this.fullscreen()):l}
              ${this.interactive?n`<label class="gr-icon-button gr-img-btn gr-file-button" title=${r("upload.add_files")}>
                      ${m("plus")}
                      <input class="gr-file-input" type="file" multiple accept=${$??l} aria-label=${r("upload.add_files")} ?disabled=${this.up.busy} @change=${this.up.picked(d=>{this.take(d)})} />
                    </label>
                    ${p?c("trash",r("gallery.delete_selected"),()=>this.removeItem(this.selected)):l}
                    ${g?l:c("close",r("gallery.clear"),()=>this.clear())}`:l}
              ${g?c("close",r("gallery.close_preview"),()=>this.close(),"gr-gallery-close"):l}
            </div>`:l}
        ${g&&o?this.preview(o,this.selected,t.length):l}
        ${t.length?this.grid(t):this.interactive?this.up.zone({id:this.uid,multiple:!0,accept:$,onFiles:d=>{this.take(d)},prompt:n`<span>${r("upload.drop_media")}</span>`}):_(r("gallery.empty"))}
        ${this.up.busy&&t.length?n`<div class="gr-gallery-uploading">${M(this.up.progress)}</div>`:l}
      </div>
      ${this.up.errorView()}`}url(e){return this.host?.fileURL(e)??e.url??""}alt(e,t){return e.caption||(this.props.label?r("gallery.item",{label:this.props.label,n:t+1}):r("gallery.default_item",{n:t+1}))}grid(e){let t=this.selected;return n`<div
      class="gr-gallery-grid"
      role="listbox"
      aria-label=${this.props.label||r("gallery.gallery")}
      aria-orientation=${this.previewing?"horizontal":l}
      aria-keyshortcuts=${this.interactive?"Delete":l}
    >
      ${e.map((i,s)=>{let a=u(i);return n`<div
          class="gr-gallery-item"
          role="option"
          tabindex=${s===this.focusIndex?"0":"-1"}
          aria-selected=${String(s===t)}
          aria-label=${this.alt(i,s)}
          title=${i.caption||l}
          @click=${()=>this.select(s)}
          @focus=${()=>this.focusIndex=s}
        >
          ${i.video?n`<video src=${this.url(a)} muted preload="metadata" aria-hidden="true"></video><span class="gr-gallery-play">${m("play")}</span>`:n`<img src=${this.url(a)} alt="" loading="lazy" draggable="false" />`}
          ${i.caption?n`<span class="gr-gallery-caption" aria-hidden="true">${i.caption}</span>`:l}
          ${this.interactive?n`<span class="gr-gallery-del" title=${r("common.delete")} aria-hidden="true" @click=${o=>(o.stopPropagation(),this.removeItem(s))}>${m("close")}</span>`:l}
        </div>`})}
    </div>`}preview(e,t,i){let s=u(e);return n`<div class="gr-gallery-preview" role="region" aria-label=${r("gallery.preview",{name:this.alt(e,t),n:t+1,total:i})}>
      ${e.video?n`<video class="gr-gallery-big" src=${this.url(s)} controls></video>`:n`<img class="gr-gallery-big" src=${this.url(s)} alt=${this.alt(e,t)} />`}
      ${i>1?n`${c("left",r("common.previous"),()=>this.step(-1),"gr-gallery-nav gr-gallery-prev")}
          ${c("right",r("common.next"),()=>this.step(1),"gr-gallery-nav gr-gallery-next")}`:l}
      ${e.caption?n`<div class="gr-gallery-preview-caption">${e.caption}</div>`:l}
    </div>`}select(e){let t=this.items;if(!t[e])return;let i=this.previewing;this.selected=e,this.focusIndex=e,this.emit("select",{index:e,value:t[e],selected:!0}),!i&&this.previewing&&this.emit("preview_open")}step(e){let t=this.items.length;t&&this.selected!=null&&this.select((this.selected+e+t)%t),this.focusItem()}close(){this.selected!=null&&(this.selected=null,this.emit("preview_close"),this.focusItem())}focusItem(){this.updateComplete.then(()=>this.querySelectorAll(".gr-gallery-item")[this.focusIndex]?.focus())}fullscreen(){let e=this.querySelector(".gr-gallery-big")??this.querySelector(".gr-gallery");document.fullscreenElement?document.exitFullscreen():e?.requestFullscreen?.().catch(()=>{})}async take(e){let t=e.filter(a=>E(a,["image","video"]));if(!t.length)return this.up.fail(r("upload.choose_media"));if(this.up.busy)return;let i=await this.up.send(t);if(!i)return;let s=i.map(a=>(a.mime_type??"").startsWith("video/")?{video:a,caption:null}:{image:a,caption:null});this.set([...this.items,...s]),this.emit("upload")}removeItem(e){let t=this.items,i=t[e];if(!i)return;this.emit("delete",{index:e,value:i,file:u(i)});let s=t.filter((a,o)=>o!==e);this.selected!=null&&(this.selected=this.selected===e?s.length&&this.previewing?Math.min(e,s.length-1):null:this.selected-(e<this.selected?1:0)),this.focusIndex=Math.min(e,Math.max(0,s.length-1)),this.set(s),s.length?this.focusItem():this.updateComplete.then(()=>this.querySelector(".gr-file-input")?.focus())}clear(){this.selected=null,this.set([]),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-file-input")?.focus())}set(e){this.mine=e,this.userValue(e)}};b("gallery",y);export{y as GalleryView};
