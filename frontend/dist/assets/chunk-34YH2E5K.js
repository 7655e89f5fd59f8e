import{h as p}from"./chunk-SUUXRMRK.js";import{a as u}from"./chunk-DECO3CHZ.js";import{j as i,n}from"./chunk-FE2DSP6H.js";function v(s){let o=Number.isFinite(s)&&s>0?Math.floor(s):0;return`${Math.floor(o/60)}:${String(o%60).padStart(2,"0")}`}function c(s){return s!=null&&typeof s=="object"&&typeof s.path=="string"}function m(s,o){return typeof s=="string"&&s?s:c(s)?o?o.fileURL(s):s.url??null:null}var y=i`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M7 4v16l13-8z" fill="currentColor"></path></svg>`,$=i`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M6 4h4v16H6zm8 0h4v16h-4z" fill="currentColor"></path></svg>`,d=class extends u{constructor(){super(...arguments);this.source="";this.dragging=!1;this.progress=null;this.error="";this.status="";this.media="audio";this.fromUser=!1}static{this.properties={...u.properties,source:{state:!0},dragging:{state:!0},progress:{state:!0},error:{state:!0},status:{state:!0}}}userValue(t){this.fromUser=!0,super.userValue(t)}takeAutoplay(){let t=!!this.props.autoplay&&!this.fromUser;return this.fromUser=!1,t}sourceList(t){let e=this.props.sources,r=(Array.isArray(e)?e:typeof e=="string"?[e]:t).filter(a=>typeof a=="string");return r.length>0?r:t}currentSource(t){let e=this.sourceList(t);return e.includes(this.source)?this.source:e[0]}sourceBar(t,e){let r=this.sourceList(t);if(r.length<2)return n;let a=this.currentSource(t);return i`<div class="gr-media-sources" role="group" aria-label="Source">
      ${r.map(l=>i`<button type="button" class="gr-icon-button" aria-pressed=${l===a?"true":"false"} ?disabled=${this.progress!=null} @click=${()=>this.pickSource(l)}>
          ${e[l]??l}
        </button>`)}
    </div>`}pickSource(t){t!==this.source&&(this.stopCapture(),this.source=t,this.error="")}stopCapture(){}disconnectedCallback(){super.disconnectedCallback(),this.stopCapture()}progressBar(){if(this.progress==null)return n;let t=Math.round(this.progress*100);return i`<div class="gr-media-progress">
      <div class="gr-progress" role="progressbar" aria-label="Uploading" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${t}>
        <div class="gr-progress-fill" style="width:${t}%"></div>
      </div>
      <span>Uploading… ${t}%</span>
    </div>`}dropZone(){let t=this.progress!=null;return i`<div
      class="gr-file-drop ${this.dragging?"gr-dragging":""}"
      @dragenter=${this.onDragOver}
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
      aria-busy=${t?"true":"false"}
    >
      <input id=${this.uid} class="gr-file-input" type="file" accept="${this.media}/*" ?disabled=${t} @change=${this.onPick} />
      ${t?i`<div class="gr-file-status">${this.progressBar()}</div>`:i`<label class="gr-file-prompt" for=${this.uid}>
            <span class="gr-file-icon" aria-hidden="true">⇪</span>
            <span>Drop ${this.media} here</span>
            <span class="gr-file-or">— or —</span>
            <span class="gr-file-click">Click to upload</span>
          </label>`}
    </div>`}onDragOver(t){!t.dataTransfer||!Array.from(t.dataTransfer.types).includes("Files")||(t.preventDefault(),t.dataTransfer.dropEffect="copy",this.dragging=!0)}onDragLeave(t){let e=t.relatedTarget;(!e||!t.currentTarget.contains(e))&&(this.dragging=!1)}onDrop(t){t.preventDefault(),this.dragging=!1,this.takeFile(t.dataTransfer?.files?.[0])}onPick(t){let e=t.target,r=e.files?.[0];e.value="",this.takeFile(r)}async takeFile(t){if(!t||this.progress!=null)return;if(!(!t.type||t.type.startsWith(this.media+"/")||this.media==="audio"&&t.type.startsWith("video/"))){this.error=`${t.name} is not ${this.media==="audio"?"an audio":"a video"} file.`;return}let r=this.contains(document.activeElement);this.progress=0;let a=[t];try{a=await this.prepare(t)}catch{}await this.commit(...a)&&(this.emit("upload"),r&&this.updateComplete.then(()=>this.querySelector("[data-focus]")?.focus()))}async prepare(t){return[t]}async commit(t,e){this.error="",this.progress=0;try{let[r]=await this.host.upload([t],a=>this.progress=a);if(!r)throw new Error("the server returned no file");return e?.(r),this.userValue(r),!0}catch(r){return this.error=`Upload failed: ${r?.message??r}`,!1}finally{this.progress=null}}clear(){this.error="",this.status="",this.userValue(null),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-file-input, .gr-media-sources button, button")?.focus())}tools(t){let e=this.props.buttons,r=(Array.isArray(e)?e:["download"]).includes("download"),a=p(t);return i`${r?i`<a class="gr-icon-button gr-media-download" href=${this.host?.fileURL(t)??t.url??"#"} download=${a} aria-label="Download ${a}" title="Download">⤓</a>`:n}${this.interactive?i`<button type="button" class="gr-icon-button gr-media-clear" aria-label="Clear" title="Clear" @click=${this.clear}>×</button>`:n}`}messages(){return i`${this.error?i`<div class="gr-file-error" role="alert">${this.error}</div>`:n}
      <div class="gr-sr-only" role="status">${this.status}</div>`}};export{v as a,c as b,m as c,y as d,$ as e,d as f};
