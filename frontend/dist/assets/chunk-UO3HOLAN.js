import{a as y}from"./chunk-ZFITRCAI.js";import"./chunk-6VDU4B6A.js";import{h as f,i as b,j as x}from"./chunk-SUUXRMRK.js";import{a as d,b as $}from"./chunk-NCJSEHBS.js";import{c as s}from"./chunk-P7YIV3HJ.js";import{j as i,n as l}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";function h(p){let u=p??{};return{text:typeof u.text=="string"?u.text:"",files:Array.isArray(u.files)?u.files.filter(t=>t&&typeof t=="object"):[]}}function D(p){return(p.mime_type??"").startsWith("image/")||/\.(png|jpe?g|gif|webp|bmp|svg|avif)$/i.test(f(p))}var v=class extends d{constructor(){super(...arguments);this.progress=null;this.dragging=!1;this.error="";this.submit=()=>{!this.interactive||this.progress!=null||this.emit("submit")}}static{this.properties={...d.properties,progress:{state:!0},dragging:{state:!0},error:{state:!0}}}get multiple(){return this.props.file_count==="multiple"||this.props.file_count==="directory"}get canUpload(){let t=this.props.sources;return this.interactive&&(!Array.isArray(t)||t.includes("upload"))}render(){let t=this.props,r=h(this.value),e=this.progress!=null,o=Math.max(1,Number(t.lines)||1),a=b(t.file_types),n=typeof t.submit_btn=="string"?t.submit_btn:s("button.submit"),c=typeof t.stop_btn=="string"?t.stop_btn:s("button.stop");return i`${this.label()}
      <div
        class="gr-mm ${this.dragging?"gr-dragging":""}"
        @dragenter=${this.onDragOver}
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        ${r.files.length||e?i`<ul class="gr-mm-files" aria-label=${s("upload.attached")}>
              ${r.files.map((g,_)=>{let m=f(g);return i`<li class="gr-mm-file" title=${m}>
                  ${D(g)?i`<img class="gr-mm-thumb" src=${this.host?.fileURL(g)??g.url??""} alt=${m} />`:i`<span class="gr-mm-ext" aria-hidden="true">${(m.split(".").pop()??"").slice(0,4)||"file"}</span><span class="gr-mm-name">${m}</span>`}
                  ${this.interactive?i`<button type="button" class="gr-mm-remove" aria-label=${s("common.remove_item",{name:m})} @click=${()=>this.removeFile(_)}>×</button>`:l}
                </li>`})}
              ${e?i`<li class="gr-mm-file gr-mm-uploading" role="status">
                    <span class="gr-progress" role="progressbar" aria-label=${s("upload.uploading_label")} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(this.progress*100)}>
                      <span class="gr-progress-fill" style="width:${Math.round(this.progress*100)}%"></span>
                    </span>
                  </li>`:l}
            </ul>`:l}
        <div class="gr-mm-row">
          ${this.canUpload?i`<label class="gr-icon-button gr-mm-attach ${e?"gr-disabled":""}" title=${this.multiple?s("upload.attach_files"):s("upload.attach_file")}>
                <input
                  class="gr-file-input"
                  type="file"
                  accept=${a??l}
                  ?multiple=${this.multiple}
                  ?webkitdirectory=${t.file_count==="directory"}
                  ?disabled=${e}
                  aria-label=${this.multiple?s("upload.attach_files"):s("upload.attach_file")}
                  @change=${this.onPick}
                />
                <svg class="gr-img-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M21.4 11.1l-9.2 9.2a6 6 0 0 1-8.5-8.5l9.2-9.2a4 4 0 0 1 5.7 5.7l-9.2 9.2a2 2 0 0 1-2.8-2.8l8.5-8.5" /></svg>
              </label>`:l}
          <textarea
            id=${this.uid}
            class="gr-input gr-textarea gr-mm-text"
            part="input"
            rows=${o}
            .value=${y(r.text)}
            placeholder=${t.placeholder??""}
            dir=${t.rtl?"rtl":"auto"}
            ?readonly=${!this.interactive}
            ?autofocus=${t.autofocus}
            aria-describedby=${t.info?this.uid+"-info":l}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @paste=${this.onPaste}
            @focus=${()=>this.emit("focus")}
            @blur=${()=>this.emit("blur")}
          ></textarea>
          ${t.stop_btn?i`<button type="button" class="gr-button gr-stop gr-sm gr-mm-btn" part="button stop" aria-label=${c} title=${c} @click=${()=>this.emit("stop")}>
                ${typeof t.stop_btn=="string"?c:i`<span class="gr-mm-square" aria-hidden="true"></span>`}
              </button>`:l}
          ${t.submit_btn!==!1&&t.submit_btn!=null&&this.interactive?i`<button type="button" class="gr-button gr-primary gr-sm gr-mm-btn" part="button submit" aria-label=${n} title=${n} ?disabled=${e} @click=${this.submit}>
                ${typeof t.submit_btn=="string"?n:i`<span aria-hidden="true">➤</span>`}
              </button>`:l}
        </div>
        ${this.error?i`<div class="gr-file-error" role="alert">${this.error}</div>`:l}
      </div>`}updated(){let t=this.querySelector(".gr-mm-text");if(!t)return;let e=(parseFloat(getComputedStyle(t).lineHeight)||22)*Math.max(Number(this.props.lines)||1,Number(this.props.max_lines)||20)+18;t.style.height="auto",t.style.height=`${Math.min(t.scrollHeight+2,e)}px`,t.style.overflowY=t.scrollHeight>e?"auto":"hidden"}set(t){this.userValue({text:t.text,files:t.files})}onInput(t){this.set({...h(this.value),text:t.target.value}),this.updated()}onKeydown(t){t.key!=="Enter"||t.shiftKey||t.isComposing||(t.preventDefault(),this.submit())}onPaste(t){if(!this.canUpload||!t.clipboardData)return;let r=Array.from(t.clipboardData.files??[]);if(r.length){t.preventDefault(),this.take(r);return}let e=t.clipboardData.getData("text/plain"),o=Number(this.props.max_plain_text_length??1e3);e&&o>0&&e.length>o&&(t.preventDefault(),this.take([new File([e],"pasted_text.txt",{type:"text/plain"})]))}onDragOver(t){!this.canUpload||!t.dataTransfer||!Array.from(t.dataTransfer.types).includes("Files")||(t.preventDefault(),t.dataTransfer.dropEffect="copy",this.dragging=!0)}onDragLeave(t){let r=t.relatedTarget;(!r||!t.currentTarget.contains(r))&&(this.dragging=!1)}onDrop(t){this.canUpload&&(t.preventDefault(),this.dragging=!1,this.take(Array.from(t.dataTransfer?.files??[])))}onPick(t){let r=t.target,e=Array.from(r.files??[]);r.value="",this.take(e)}async take(t){if(t.length===0||this.progress!=null)return;let r=this.props.file_types,e=t.filter(a=>x(r,a)||a.name==="pasted_text.txt");if(this.error=e.length<t.length?s(t.length-e.length===1?"upload.file_not_accepted":"upload.files_not_accepted",{types:b(r)??""}):"",e.length===0)return;let o=this.multiple?e:e.slice(0,1);this.progress=0;try{let a=await this.host.upload(o,c=>this.progress=c);if(a.length===0)throw new Error("the server returned no file");let n=h(this.value);this.set({text:n.text,files:this.multiple?[...n.files,...a]:a.slice(0,1)}),this.emit("upload")}catch(a){this.error=s("upload.failed",{error:String(a?.message??a)})}finally{this.progress=null}}removeFile(t){let r=h(this.value);this.set({text:r.text,files:r.files.filter((e,o)=>o!==t)}),this.querySelector(".gr-mm-text")?.focus()}};$("multimodaltextbox",v);export{v as MultimodalTextbox};
