import{a as k,b as g,c as F,d as P,e as U,f as C,g as I,h as L,i as H,k as R,l as _,m as B,n as V,o as W,p as q,q as N}from"./chunk-OPEYEAOV.js";import"./chunk-SUUXRMRK.js";import{a as E,b as A}from"./chunk-DECO3CHZ.js";import{j as u,n}from"./chunk-FE2DSP6H.js";import"./chunk-OOJM4CTU.js";var j=["rgb(204, 50, 50)","rgb(173, 204, 50)","rgb(50, 204, 112)","rgb(50, 112, 204)","rgb(173, 50, 204)"];function y(h,d){let t=document.createElement("canvas");return t.width=Math.max(1,Math.round(h)),t.height=Math.max(1,Math.round(d)),t}var b=h=>h.getContext("2d");function $(h,d,t,e=0,s=0,r,a){let i=y(d,t);return r!=null&&a!=null?b(i).drawImage(h,e,s,r,a):b(i).drawImage(h,e,s),i}var K=h=>$(h,h.width,h.height),w=h=>({w:h.w,h:h.h,bg:h.bg&&K(h.bg),layers:h.layers.map(d=>({...d,canvas:K(d.canvas)}))});function z(h,d,t){h.clearRect(0,0,d.w,d.h),d.bg&&h.drawImage(d.bg,0,0),d.layers.forEach((e,s)=>{e.visible&&(h.drawImage(e.canvas,0,0),t&&t.i===s&&(h.globalAlpha=t.alpha,h.drawImage(t.buf,0,0),h.globalAlpha=1))})}var x=null;function Z(h){x??=b(y(1,1)),x.fillStyle="#000000",x.fillStyle=h;let d=String(x.fillStyle);return d.startsWith("#")?d:"#000000"}var S=class extends E{constructor(){super();this.tool="brush";this.color="";this.alpha=1;this.size=0;this.esize=0;this.active=0;this.crop=null;this.camOn=!1;this.doc={w:1,h:1,bg:null,layers:[]};this.undos=[];this.redos=[];this.mine=void 0;this.gen=0;this.stroke=null;this.cropFrom=null;this.frame=0;this.pending=new Set;this.again=!1;this.layerCount=0;this.versions=new WeakMap;this.uploaded=new WeakMap;this.up=new V(this);this.cam=new N(this);this.onDown=t=>{if(this.stroke||this.cropFrom||t.button>0&&t.button!==5)return;let e=t.currentTarget;e.setPointerCapture(t.pointerId),e.focus({preventScroll:!0}),t.preventDefault();let s=this.point(t);if(this.tool==="crop"){this.cropFrom=s,this.crop={x:s[0],y:s[1],w:0,h:0};return}let r=this.tool==="eraser"||t.button===5,a=this.doc.layers[this.active];if(!a||!r&&!this.brushOn)return;let i=w(this.doc);a.visible=!0,this.touch(a.canvas),this.stroke={id:t.pointerId,eraser:r,last:s,buf:r?null:y(this.doc.w,this.doc.h),before:i},this.dot(s,this.width(t)),this.schedulePaint()};this.onMove=t=>{if(this.cropFrom){let[r,a]=this.cropFrom,[i,o]=this.point(t).map((l,p)=>Math.max(0,Math.min(p?this.doc.h:this.doc.w,l)));this.crop={x:Math.min(r,i),y:Math.min(a,o),w:Math.abs(i-r),h:Math.abs(o-a)};return}let e=this.stroke;if(!e||e.id!==t.pointerId)return;let s=t.getCoalescedEvents?.()??[];for(let r of s.length?s:[t]){let a=this.point(r,t.currentTarget);this.line(e.last,a,this.width(r)),e.last=a}this.schedulePaint()};this.onUp=t=>{if(this.cropFrom){this.cropFrom=null,this.crop&&(this.crop.w<2||this.crop.h<2)&&(this.crop=null),this.requestUpdate();return}let e=this.stroke;if(!(!e||e.id!==t.pointerId)){if(this.stroke=null,e.buf){let s=b(this.doc.layers[this.active].canvas);s.globalAlpha=this.alpha,s.drawImage(e.buf,0,0),s.globalAlpha=1}this.commit(e.before)}};this.applyCrop=()=>{let t=this.crop;if(!t)return;let e=w(this.doc),s=Math.round(t.x),r=Math.round(t.y),a=Math.max(1,Math.round(t.w)),i=Math.max(1,Math.round(t.h)),o=p=>$(p,a,i,-s,-r),l=this.doc;this.doc={w:a,h:i,bg:l.bg&&o(l.bg),layers:l.layers.map(p=>({...p,canvas:o(p.canvas)}))},this.crop=null,this.tool=this.brushOn?"brush":"eraser",this.commit(e,"apply")};this.addLayer=()=>{let t=w(this.doc);this.doc.layers.push({name:`Layer ${++this.layerCount}`,canvas:y(this.doc.w,this.doc.h),visible:!0}),this.active=this.doc.layers.length-1,this.commit(t)};this.onKey=t=>{let e=t.key.toLowerCase();(t.ctrlKey||t.metaKey)&&(e==="z"||e==="y")?(t.preventDefault(),e==="y"||t.shiftKey?this.redo():this.undo()):this.crop&&!this.cropFrom&&t.target instanceof HTMLCanvasElement&&(t.key==="Enter"?this.applyCrop():t.key==="Escape"&&(this.crop=null))};new q(this,()=>this.interactive&&this.sources.includes("clipboard")&&!this.camOn,t=>{this.take(t)})}static{this.properties={...E.properties,tool:{state:!0},color:{state:!0},size:{state:!0},esize:{state:!0},active:{state:!0},crop:{state:!0},camOn:{state:!0}}}get sources(){let t=this.props.sources;return Array.isArray(t)?t:["upload","webcam","clipboard"]}get sketch(){return Array.isArray(this.props.sources)&&this.props.sources.length===0}get canvasSize(){let t=this.props.canvas_size;return Array.isArray(t)&&t.length===2&&t[0]>0&&t[1]>0?[Number(t[0]),Number(t[1])]:[800,600]}get brushOn(){return this.props.brush!==null&&this.props.brush!==!1}get eraserOn(){return this.props.eraser!==null&&this.props.eraser!==!1}get cropOn(){let t=this.props.transforms;return Array.isArray(t)?t.includes("crop"):!this.sketch}get layerOpts(){let t=this.props.layers,e=t!=null&&typeof t=="object"?t:null,s=t!==!1&&!e?.disabled;return{show:s,add:s&&(e?e.allow_additional_layers!==!1:!0),names:e&&Array.isArray(e.layers)&&e.layers.length?e.layers.map(String):["Layer 1"]}}get swatches(){let t=this.props.brush?.colors;return(Array.isArray(t)&&t.length?t:j).map(e=>Array.isArray(e)?{color:String(e[0]),alpha:Number(e[1]??1)}:{color:String(e),alpha:1})}auto(t){return typeof t=="number"&&t>0?t:Math.max(2,Math.round(Math.min(this.doc.w,this.doc.h)/50))}willUpdate(t){if(t.has("value")&&this.value!==this.mine&&this.load(this.value),!this.color){let e=this.swatches,s=this.props.brush?.default_color,r=e.find(a=>a.color===s)??(s&&s!=="auto"?{color:String(s),alpha:1}:e[0]);this.color=r.color,this.alpha=r.alpha}!this.brushOn&&this.tool==="brush"&&(this.tool=this.eraserOn?"eraser":"crop")}blank(t,e,s=this.layerOpts.names){let r=null;return this.sketch&&(r=y(t,e),b(r).fillStyle="#ffffff",b(r).fillRect(0,0,t,e)),this.layerCount=s.length,{w:t,h:e,bg:r,layers:s.map(a=>({name:a,canvas:y(t,e),visible:!0}))}}async load(t){let e=++this.gen;clearTimeout(this.timer),this.pending.clear(),this.mine=t;let s=m=>this.host?.fileURL(m)??m.url??"",r=m=>C(m)?L(s(m)).catch(()=>null):Promise.resolve(null),a=C(t)?t:t?.background??(Array.isArray(t?.layers)&&t.layers.length?null:t?.composite),i=Array.isArray(t?.layers)?t.layers:[],[o,...l]=await Promise.all([r(a),...i.map(r)]);if(e!==this.gen)return;let p=o??l.find(Boolean),[c,v]=p&&!this.props.fixed_canvas?[p.naturalWidth,p.naturalHeight]:this.canvasSize,M=this.layerOpts.names,T=this.blank(c,v,l.length?l.map((m,f)=>M[f]??`Layer ${f+1}`):M),D=(m,f,O)=>C(O)&&f.naturalWidth===c&&f.naturalHeight===v&&this.uploaded.set(m,{v:0,fd:O});o&&D(T.bg=this.fit(o,c,v),o,a),l.forEach((m,f)=>m&&D(T.layers[f].canvas=$(m,c,v),m,i[f])),this.doc=T,this.undos=[],this.redos=[],this.active=0,this.crop=null,this.size||(this.size=this.auto(this.props.brush?.default_size)),this.esize||(this.esize=this.auto(this.props.eraser?.default_size)),this.requestUpdate()}fit(t,e,s){let r=t.naturalWidth||t.width,a=t.naturalHeight||t.height;if(r===e&&a===s)return $(t,e,s);let i=Math.min(e/r,s/a);return $(t,e,s,(e-r*i)/2,(s-a*i)/2,r*i,a*i)}render(){let t=this.props,e=I(t.height);if(!this.interactive){let o=this.value,l=C(o?.composite)?o.composite:C(o?.background)?o.background:null,p=l?this.host?.fileURL(l)??l.url??"":"",c=U(t,["download","fullscreen"]);return u`${this.label(null)}
        <div class="gr-image ${e?"gr-fixed-height":""}" style=${e?`height:${e}`:n} role="group" aria-labelledby=${t.label?this.uid+"-label":n}>
          ${l?u`<div class="gr-image-frame">
                <img class="gr-image-img" src=${p} alt=${t.label||"Image"} />
                <div class="gr-img-toolbar">
                  ${c.includes("download")?F(p,l):n}
                  ${c.includes("fullscreen")?g("fullscreen","Full screen",()=>P(this.querySelector(".gr-image-img"))):n}
                </div>
              </div>`:R()}
        </div>`}let s=this.doc,r=this.sources.includes("upload"),a=!s.bg&&this.undos.length===0&&this.sources.length>0,i=this.crop;return u`${this.label(null)}
      <div class="gr-editor" role="group" aria-labelledby=${t.label?this.uid+"-label":n} @keydown=${this.onKey}>
        ${this.toolbar()}
        <div
          class="gr-editor-stage ${this.up.dragging?"gr-dragging":""}"
          style=${e?`--gr-editor-h:${e}`:n}
          @dragenter=${r?this.up.over:n}
          @dragover=${r?this.up.over:n}
          @dragleave=${r?this.up.leave:n}
          @drop=${r?this.up.dropped(o=>{this.take(o)}):n}
        >
          ${this.camOn?this.cam.view(this.props.webcam_options?.mirror!==!1,()=>{this.capture()},()=>this.closeCam(),t.webcam_options?.constraints??null):u`<div class="gr-editor-box">
                <canvas
                  class="gr-editor-canvas gr-tool-${this.tool}"
                  width=${s.w}
                  height=${s.h}
                  tabindex="0"
                  role="img"
                  aria-label="Drawing canvas, ${s.w} by ${s.h} pixels${this.tool==="crop"?": drag to choose the area to keep":""}"
                  @pointerdown=${this.onDown}
                  @pointermove=${this.onMove}
                  @pointerup=${this.onUp}
                  @pointercancel=${this.onUp}
                  @lostpointercapture=${this.onUp}
                ></canvas>
                ${i?u`<div
                      class="gr-editor-crop"
                      style="left:${i.x/s.w*100}%;top:${i.y/s.h*100}%;width:${i.w/s.w*100}%;height:${i.h/s.h*100}%"
                    ></div>`:n}
                ${a?u`<div class="gr-editor-hint" aria-hidden="true">${k("image")}<span>${this.sources.includes("upload")?"Drop an image here, or start drawing":"Start drawing"}</span></div>`:n}
              </div>`}
          ${this.up.busy?u`<div class="gr-editor-saving">${_(this.up.progress,"Saving…")}</div>`:n}
        </div>
        ${i&&!this.cropFrom?u`<div class="gr-editor-cropbar" role="group" aria-label="Crop">
              <span>${Math.round(i.w)} × ${Math.round(i.h)}</span>
              <button type="button" class="gr-button gr-primary gr-sm" @click=${this.applyCrop}>${k("check")} Apply crop</button>
              <button type="button" class="gr-button gr-secondary gr-sm" @click=${()=>this.crop=null}>Cancel</button>
            </div>`:n}
        ${this.layersPanel()}
        ${this.up.errorView()}${this.cam.error&&!this.camOn?u`<div class="gr-file-error" role="alert">${this.cam.error}</div>`:n}
      </div>`}toolbar(){let t=this.tool,e=t==="eraser",s=e?this.esize:this.size,r=Math.max(40,Math.round(Math.max(this.doc.w,this.doc.h)/10)),a=this.sources;return u`<div class="gr-editor-toolbar" role="group" aria-label="Drawing tools">
      <div class="gr-editor-group">
        ${this.brushOn?g("brush","Brush",()=>this.setTool("brush"),"",t==="brush"):n}
        ${this.eraserOn?g("eraser","Eraser",()=>this.setTool("eraser"),"",e):n}
        ${this.cropOn?g("crop","Crop",()=>this.setTool("crop"),"",t==="crop"):n}
      </div>
      ${t==="brush"?u`<div class="gr-editor-group gr-editor-colors" role="group" aria-label="Brush colour">
            ${this.swatches.map(i=>u`<button
                type="button"
                class="gr-editor-swatch"
                style="--gr-swatch:${i.color};opacity:${Math.max(.25,i.alpha)}"
                aria-label=${i.color}
                title=${i.color}
                aria-pressed=${String(i.color===this.color)}
                @click=${()=>(this.color=i.color,this.alpha=i.alpha)}
              ></button>`)}
            ${this.props.brush?.color_mode!=="fixed"?u`<input type="color" class="gr-editor-color" aria-label="Custom colour" title="Custom colour" .value=${Z(this.color)} @input=${i=>(this.color=i.target.value,this.alpha=1)} />`:n}
          </div>`:n}
      ${t!=="crop"?u`<label class="gr-editor-group gr-editor-size">
            <span>${e?"Eraser":"Brush"} size</span>
            <input
              type="range"
              min="1"
              max=${r}
              .value=${String(s)}
              @input=${i=>{let o=Number(i.target.value);e?this.esize=o:this.size=o}}
            />
            <span class="gr-editor-size-value">${s}</span>
          </label>`:n}
      <div class="gr-editor-group">
        ${g("undo","Undo (Ctrl+Z)",()=>this.undo(),"",void 0,!this.undos.length)}
        ${g("redo","Redo (Ctrl+Shift+Z)",()=>this.redo(),"",void 0,!this.redos.length)}
        ${g("trash","Clear",()=>this.clear())}
      </div>
      ${a.length?u`<div class="gr-editor-group" role="group" aria-label="Background">
            ${a.includes("upload")?u`<label class="gr-icon-button gr-img-btn gr-file-button" title="Upload a background image">
                  ${k("upload")}
                  <input class="gr-file-input" type="file" accept="image/*" aria-label="Upload a background image" ?disabled=${this.up.busy} @change=${this.up.picked(i=>{this.take(i)})} />
                </label>`:n}
            ${a.includes("webcam")?g("camera","Take a background photo with the webcam",()=>this.openCam(),"",this.camOn):n}
            ${a.includes("clipboard")?g("clipboard","Paste a background image",()=>{this.pasteClipboard()}):n}
          </div>`:n}
    </div>`}layersPanel(){let t=this.layerOpts;if(!t.show)return n;let e=this.doc.layers;return u`<div class="gr-editor-layers" role="group" aria-label="Layers">
      ${k("layers")}
      ${e.map((s,r)=>u`<span class="gr-editor-layer ${r===this.active?"gr-active":""}">
          <button type="button" class="gr-editor-layer-name" aria-pressed=${String(r===this.active)} @click=${()=>this.active=r}>${s.name}</button>
          ${g(s.visible?"eye":"eyeoff",`${s.visible?"Hide":"Show"} ${s.name}`,()=>this.toggleLayer(r))}
          ${t.add&&e.length>1?g("close",`Delete ${s.name}`,()=>this.deleteLayer(r)):n}
        </span>`)}
      ${t.add?u`<button type="button" class="gr-button gr-secondary gr-sm" @click=${this.addLayer}>${k("plus")} Add layer</button>`:n}
    </div>`}updated(){this.paintNow()}paintNow(){this.frame=0;let t=this.querySelector(".gr-editor-canvas");if(!t)return;let e=this.stroke;z(b(t),this.doc,e?.buf?{i:this.active,buf:e.buf,alpha:this.alpha}:null)}schedulePaint(){this.frame||(this.frame=requestAnimationFrame(()=>this.paintNow()))}point(t,e=t.currentTarget){let s=e.getBoundingClientRect();return[(t.clientX-s.left)*this.doc.w/s.width,(t.clientY-s.top)*this.doc.h/s.height]}width(t){let e=this.stroke?.eraser||this.tool==="eraser"?this.esize:this.size;return t.pointerType==="pen"&&t.pressure>0?e*(.4+t.pressure*1.2):e}target(){let t=this.stroke,e=b(t.buf??this.doc.layers[this.active].canvas);return e.globalCompositeOperation=t.eraser?"destination-out":"source-over",e.strokeStyle=e.fillStyle=t.eraser?"#000":this.color,e}dot([t,e],s){let r=this.target();r.beginPath(),r.arc(t,e,s/2,0,Math.PI*2),r.fill(),r.globalCompositeOperation="source-over"}line(t,e,s){let r=this.target();r.lineWidth=s,r.lineCap=r.lineJoin="round",r.beginPath(),r.moveTo(t[0],t[1]),r.lineTo(e[0],e[1]),r.stroke(),r.globalCompositeOperation="source-over"}touch(t){this.versions.set(t,(this.versions.get(t)??0)+1)}commit(t,e){this.undos.push(t),this.undos.length>20&&this.undos.shift(),this.redos=[],this.requestUpdate(),this.schedule(e)}undo(){let t=this.undos.pop();t&&(this.redos.push(this.doc),this.restore(t))}redo(){let t=this.redos.pop();t&&(this.undos.push(this.doc),this.restore(t))}restore(t){this.doc=t,this.crop=null,this.active=Math.min(this.active,t.layers.length-1),this.requestUpdate(),this.schedule()}setTool(t){this.tool=t,t!=="crop"&&(this.crop=null)}deleteLayer(t){let e=w(this.doc);this.doc.layers.splice(t,1),this.active=Math.max(0,Math.min(this.active-(t<this.active?1:0),this.doc.layers.length-1)),this.commit(e)}toggleLayer(t){let e=this.doc.layers[t];e.visible=!e.visible,this.requestUpdate(),this.schedule()}clear(){let t=w(this.doc),[e,s]=this.canvasSize;this.doc=this.blank(e,s),this.undos.push(t),this.redos=[],this.crop=null,this.active=0,this.gen++,clearTimeout(this.timer),this.pending.clear();let r={background:null,layers:[],composite:null};this.mine=r,this.userValue(r),this.emit("clear")}async take(t){let e=t.find(r=>B(r,["image"]));if(!e)return this.up.fail("Please choose an image file.");let s=URL.createObjectURL(e);try{let r=await L(s);this.setBackground(r)}catch{this.up.fail("The image could not be read.")}finally{URL.revokeObjectURL(s)}}setBackground(t){let e=w(this.doc),s=this.doc,[r,a]=this.props.fixed_canvas?this.canvasSize:[t.naturalWidth,t.naturalHeight],i=s.w===r&&s.h===a?s.layers:s.layers.map(o=>({...o,canvas:$(o.canvas,r,a,0,0,r,a)}));this.doc={w:r,h:a,bg:this.fit(t,r,a),layers:i},this.crop=null,this.undos.length===0&&(this.props.brush?.default_size>0||(this.size=this.auto(null)),this.props.eraser?.default_size>0||(this.esize=this.auto(null))),this.up.error="",this.commit(e,"upload")}openCam(){this.camOn=!0,this.cam.start(this.props.webcam_options?.constraints??null)}closeCam(){this.cam.stop(),this.camOn=!1}async capture(){let t=await this.cam.capture(this.props.webcam_options?.mirror!==!1);this.closeCam(),t&&await this.take([t])}async pasteClipboard(){try{let t=await W();t.length?await this.take(t):this.up.fail("There is no image in the clipboard.")}catch(t){this.up.fail(`Could not read the clipboard: ${t?.message??t}`)}}schedule(t){t&&this.pending.add(t),clearTimeout(this.timer),this.timer=setTimeout(()=>{this.export()},300)}async export(){if(this.up.busy){this.again=!0;return}let t=this.gen,e=this.doc,s=[...this.pending];this.pending.clear();let r=[],a=[],i=[e.bg,...e.layers.map(l=>l.canvas)];try{for(let[p,c]of i.entries()){if(!c)continue;let v=this.versions.get(c)??0;this.uploaded.get(c)?.v!==v&&(r.push(await H(c,p===0?"background.png":`layer_${p}.png`)),a.push([c,v]))}let l=y(e.w,e.h);z(b(l),e),r.push(await H(l,"composite.png"))}catch(l){return this.up.fail(`The drawing could not be saved: ${l?.message??l}`)}let o=await this.up.send(r);if(o&&t===this.gen){a.forEach(([c,v],M)=>this.uploaded.set(c,{v,fd:o[M]}));let l=c=>(c&&this.uploaded.get(c)?.fd)??null,p={background:l(e.bg),layers:e.layers.map(c=>l(c.canvas)),composite:o[o.length-1]};this.mine=p,this.userValue(p);for(let c of s)this.emit(c)}this.again&&(this.again=!1,this.schedule())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.timer),cancelAnimationFrame(this.frame)}};A("imageeditor",S);export{S as ImageEditor};
