import{a as M,b,c as F,d as P,e as I,f as x,g as U,h as _,i as z,k as R,l as V,m as W,n as q,o as N,p as B,q as K}from"./chunk-76FKMACF.js";import"./chunk-SUUXRMRK.js";import{a as L,b as A}from"./chunk-NCJSEHBS.js";import{c as o}from"./chunk-P7YIV3HJ.js";import{j as p,n as l}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var G=["rgb(204, 50, 50)","rgb(173, 204, 50)","rgb(50, 204, 112)","rgb(50, 112, 204)","rgb(173, 50, 204)"];function $(h,m){let t=document.createElement("canvas");return t.width=Math.max(1,Math.round(h)),t.height=Math.max(1,Math.round(m)),t}var v=h=>h.getContext("2d");function w(h,m,t,e=0,s=0,r,a){let i=$(m,t);return r!=null&&a!=null?v(i).drawImage(h,e,s,r,a):v(i).drawImage(h,e,s),i}var j=h=>w(h,h.width,h.height),k=h=>({w:h.w,h:h.h,bg:h.bg&&j(h.bg),layers:h.layers.map(m=>({...m,canvas:j(m.canvas)}))});function H(h,m,t){h.clearRect(0,0,m.w,m.h),m.bg&&h.drawImage(m.bg,0,0),m.layers.forEach((e,s)=>{e.visible&&(h.drawImage(e.canvas,0,0),t&&t.i===s&&(h.globalAlpha=t.alpha,h.drawImage(t.buf,0,0),h.globalAlpha=1))})}var E=null;function J(h){E??=v($(1,1)),E.fillStyle="#000000",E.fillStyle=h;let m=String(E.fillStyle);return m.startsWith("#")?m:"#000000"}var S=class extends L{constructor(){super();this.tool="brush";this.color="";this.alpha=1;this.size=0;this.esize=0;this.active=0;this.crop=null;this.camOn=!1;this.doc={w:1,h:1,bg:null,layers:[]};this.undos=[];this.redos=[];this.mine=void 0;this.gen=0;this.stroke=null;this.cropFrom=null;this.frame=0;this.pending=new Set;this.again=!1;this.layerCount=0;this.versions=new WeakMap;this.uploaded=new WeakMap;this.up=new q(this);this.cam=new K(this);this.onDown=t=>{if(this.stroke||this.cropFrom||t.button>0&&t.button!==5)return;let e=t.currentTarget;e.setPointerCapture(t.pointerId),e.focus({preventScroll:!0}),t.preventDefault();let s=this.point(t);if(this.tool==="crop"){this.cropFrom=s,this.crop={x:s[0],y:s[1],w:0,h:0};return}let r=this.tool==="eraser"||t.button===5,a=this.doc.layers[this.active];if(!a||!r&&!this.brushOn)return;let i=k(this.doc);a.visible=!0,this.touch(a.canvas),this.stroke={id:t.pointerId,eraser:r,last:s,buf:r?null:$(this.doc.w,this.doc.h),before:i},this.dot(s,this.width(t)),this.schedulePaint()};this.onMove=t=>{if(this.cropFrom){let[r,a]=this.cropFrom,[i,n]=this.point(t).map((c,d)=>Math.max(0,Math.min(d?this.doc.h:this.doc.w,c)));this.crop={x:Math.min(r,i),y:Math.min(a,n),w:Math.abs(i-r),h:Math.abs(n-a)};return}let e=this.stroke;if(!e||e.id!==t.pointerId)return;let s=t.getCoalescedEvents?.()??[];for(let r of s.length?s:[t]){let a=this.point(r,t.currentTarget);this.line(e.last,a,this.width(r)),e.last=a}this.schedulePaint()};this.onUp=t=>{if(this.cropFrom){this.cropFrom=null,this.crop&&(this.crop.w<2||this.crop.h<2)&&(this.crop=null),this.requestUpdate();return}let e=this.stroke;if(!(!e||e.id!==t.pointerId)){if(this.stroke=null,e.buf){let s=v(this.doc.layers[this.active].canvas);s.globalAlpha=this.alpha,s.drawImage(e.buf,0,0),s.globalAlpha=1}this.commit(e.before)}};this.applyCrop=()=>{let t=this.crop;if(!t)return;let e=k(this.doc),s=Math.round(t.x),r=Math.round(t.y),a=Math.max(1,Math.round(t.w)),i=Math.max(1,Math.round(t.h)),n=d=>w(d,a,i,-s,-r),c=this.doc;this.doc={w:a,h:i,bg:c.bg&&n(c.bg),layers:c.layers.map(d=>({...d,canvas:n(d.canvas)}))},this.crop=null,this.tool=this.brushOn?"brush":"eraser",this.commit(e,"apply")};this.addLayer=()=>{let t=k(this.doc);this.doc.layers.push({name:o("editor.layer",{n:++this.layerCount}),canvas:$(this.doc.w,this.doc.h),visible:!0}),this.active=this.doc.layers.length-1,this.commit(t)};this.onKey=t=>{let e=t.key.toLowerCase();(t.ctrlKey||t.metaKey)&&(e==="z"||e==="y")?(t.preventDefault(),e==="y"||t.shiftKey?this.redo():this.undo()):this.crop&&!this.cropFrom&&t.target instanceof HTMLCanvasElement&&(t.key==="Enter"?this.applyCrop():t.key==="Escape"&&(this.crop=null))};new B(this,()=>this.interactive&&this.sources.includes("clipboard")&&!this.camOn,t=>{this.take(t)})}static{this.properties={...L.properties,tool:{state:!0},color:{state:!0},size:{state:!0},esize:{state:!0},active:{state:!0},crop:{state:!0},camOn:{state:!0}}}get sources(){let t=this.props.sources;return Array.isArray(t)?t:["upload","webcam","clipboard"]}get sketch(){return Array.isArray(this.props.sources)&&this.props.sources.length===0}get canvasSize(){let t=this.props.canvas_size;return Array.isArray(t)&&t.length===2&&t[0]>0&&t[1]>0?[Number(t[0]),Number(t[1])]:[800,600]}get brushOn(){return this.props.brush!==null&&this.props.brush!==!1}get eraserOn(){return this.props.eraser!==null&&this.props.eraser!==!1}get cropOn(){let t=this.props.transforms;return Array.isArray(t)?t.includes("crop"):!this.sketch}get layerOpts(){let t=this.props.layers,e=t!=null&&typeof t=="object"?t:null,s=t!==!1&&!e?.disabled;return{show:s,add:s&&(e?e.allow_additional_layers!==!1:!0),names:e&&Array.isArray(e.layers)&&e.layers.length?e.layers.map(String):[o("editor.layer",{n:1})]}}get swatches(){let t=this.props.brush?.colors;return(Array.isArray(t)&&t.length?t:G).map(e=>Array.isArray(e)?{color:String(e[0]),alpha:Number(e[1]??1)}:{color:String(e),alpha:1})}auto(t){return typeof t=="number"&&t>0?t:Math.max(2,Math.round(Math.min(this.doc.w,this.doc.h)/50))}willUpdate(t){if(t.has("value")&&this.value!==this.mine&&this.load(this.value),!this.color){let e=this.swatches,s=this.props.brush?.default_color,r=e.find(a=>a.color===s)??(s&&s!=="auto"?{color:String(s),alpha:1}:e[0]);this.color=r.color,this.alpha=r.alpha}!this.brushOn&&this.tool==="brush"&&(this.tool=this.eraserOn?"eraser":"crop")}blank(t,e,s=this.layerOpts.names){let r=null;return this.sketch&&(r=$(t,e),v(r).fillStyle="#ffffff",v(r).fillRect(0,0,t,e)),this.layerCount=s.length,{w:t,h:e,bg:r,layers:s.map(a=>({name:a,canvas:$(t,e),visible:!0}))}}async load(t){let e=++this.gen;clearTimeout(this.timer),this.pending.clear(),this.mine=t;let s=g=>this.host?.fileURL(g)??g.url??"",r=g=>x(g)?_(s(g)).catch(()=>null):Promise.resolve(null),a=x(t)?t:t?.background??(Array.isArray(t?.layers)&&t.layers.length?null:t?.composite),i=Array.isArray(t?.layers)?t.layers:[],[n,...c]=await Promise.all([r(a),...i.map(r)]);if(e!==this.gen)return;let d=n??c.find(Boolean),[u,f]=d&&!this.props.fixed_canvas?[d.naturalWidth,d.naturalHeight]:this.canvasSize,C=this.layerOpts.names,T=this.blank(u,f,c.length?c.map((g,y)=>C[y]??o("editor.layer",{n:y+1})):C),O=(g,y,D)=>x(D)&&y.naturalWidth===u&&y.naturalHeight===f&&this.uploaded.set(g,{v:0,fd:D});n&&O(T.bg=this.fit(n,u,f),n,a),c.forEach((g,y)=>g&&O(T.layers[y].canvas=w(g,u,f),g,i[y])),this.doc=T,this.undos=[],this.redos=[],this.active=0,this.crop=null,this.size||(this.size=this.auto(this.props.brush?.default_size)),this.esize||(this.esize=this.auto(this.props.eraser?.default_size)),this.requestUpdate()}fit(t,e,s){let r=t.naturalWidth||t.width,a=t.naturalHeight||t.height;if(r===e&&a===s)return w(t,e,s);let i=Math.min(e/r,s/a);return w(t,e,s,(e-r*i)/2,(s-a*i)/2,r*i,a*i)}render(){let t=this.props,e=U(t.height);if(!this.interactive){let n=this.value,c=x(n?.composite)?n.composite:x(n?.background)?n.background:null,d=c?this.host?.fileURL(c)??c.url??"":"",u=I(t,["download","fullscreen"]);return p`${this.label(null)}
        <div class="gr-image ${e?"gr-fixed-height":""}" style=${e?`height:${e}`:l} role="group" aria-labelledby=${t.label?this.uid+"-label":l}>
          ${c?p`<div class="gr-image-frame">
                <img class="gr-image-img" src=${d} alt=${t.label||o("common.image")} />
                <div class="gr-img-toolbar">
                  ${u.includes("download")?F(d,c):l}
                  ${u.includes("fullscreen")?b("fullscreen",o("common.full_screen"),()=>P(this.querySelector(".gr-image-img"))):l}
                </div>
              </div>`:R()}
        </div>`}let s=this.doc,r=this.sources.includes("upload"),a=!s.bg&&this.undos.length===0&&this.sources.length>0,i=this.crop;return p`${this.label(null)}
      <div class="gr-editor" role="group" aria-labelledby=${t.label?this.uid+"-label":l} @keydown=${this.onKey}>
        ${this.toolbar()}
        <div
          class="gr-editor-stage ${this.up.dragging?"gr-dragging":""}"
          style=${e?`--gr-editor-h:${e}`:l}
          @dragenter=${r?this.up.over:l}
          @dragover=${r?this.up.over:l}
          @dragleave=${r?this.up.leave:l}
          @drop=${r?this.up.dropped(n=>{this.take(n)}):l}
        >
          ${this.camOn?this.cam.view(this.props.webcam_options?.mirror!==!1,()=>{this.capture()},()=>this.closeCam(),t.webcam_options?.constraints??null):p`<div class="gr-editor-box">
                <canvas
                  class="gr-editor-canvas gr-tool-${this.tool}"
                  width=${s.w}
                  height=${s.h}
                  tabindex="0"
                  role="img"
                  aria-label=${o(this.tool==="crop"?"editor.canvas_crop":"editor.canvas",{width:s.w,height:s.h})}
                  @pointerdown=${this.onDown}
                  @pointermove=${this.onMove}
                  @pointerup=${this.onUp}
                  @pointercancel=${this.onUp}
                  @lostpointercapture=${this.onUp}
                ></canvas>
                ${i?p`<div
                      class="gr-editor-crop"
                      style="left:${i.x/s.w*100}%;top:${i.y/s.h*100}%;width:${i.w/s.w*100}%;height:${i.h/s.h*100}%"
                    ></div>`:l}
                ${a?p`<div class="gr-editor-hint" aria-hidden="true">${M("image")}<span>${this.sources.includes("upload")?o("editor.drop_or_draw"):o("editor.start_drawing")}</span></div>`:l}
              </div>`}
          ${this.up.busy?p`<div class="gr-editor-saving">${V(this.up.progress,o("editor.saving"))}</div>`:l}
        </div>
        ${i&&!this.cropFrom?p`<div class="gr-editor-cropbar" role="group" aria-label=${o("editor.crop")}>
              <span>${Math.round(i.w)} × ${Math.round(i.h)}</span>
              <button type="button" class="gr-button gr-primary gr-sm" @click=${this.applyCrop}>${M("check")} Apply crop</button>
              <button type="button" class="gr-button gr-secondary gr-sm" @click=${()=>this.crop=null}>${o("common.cancel")}</button>
            </div>`:l}
        ${this.layersPanel()}
        ${this.up.errorView()}${this.cam.error&&!this.camOn?p`<div class="gr-file-error" role="alert">${this.cam.error}</div>`:l}
      </div>`}toolbar(){let t=this.tool,e=t==="eraser",s=e?this.esize:this.size,r=Math.max(40,Math.round(Math.max(this.doc.w,this.doc.h)/10)),a=this.sources;return p`<div class="gr-editor-toolbar" role="group" aria-label=${o("editor.tools")}>
      <div class="gr-editor-group">
        ${this.brushOn?b("brush",o("editor.brush"),()=>this.setTool("brush"),"",t==="brush"):l}
        ${this.eraserOn?b("eraser",o("editor.eraser"),()=>this.setTool("eraser"),"",e):l}
        ${this.cropOn?b("crop",o("editor.crop"),()=>this.setTool("crop"),"",t==="crop"):l}
      </div>
      ${t==="brush"?p`<div class="gr-editor-group gr-editor-colors" role="group" aria-label=${o("editor.brush_colour")}>
            ${this.swatches.map(i=>p`<button
                type="button"
                class="gr-editor-swatch"
                style="--gr-swatch:${i.color};opacity:${Math.max(.25,i.alpha)}"
                aria-label=${i.color}
                title=${i.color}
                aria-pressed=${String(i.color===this.color)}
                @click=${()=>(this.color=i.color,this.alpha=i.alpha)}
              ></button>`)}
            ${this.props.brush?.color_mode!=="fixed"?p`<input type="color" class="gr-editor-color" aria-label=${o("editor.custom_colour")} title=${o("editor.custom_colour")} .value=${J(this.color)} @input=${i=>(this.color=i.target.value,this.alpha=1)} />`:l}
          </div>`:l}
      ${t!=="crop"?p`<label class="gr-editor-group gr-editor-size">
            <span>${e?o("editor.eraser_size"):o("editor.brush_size")}</span>
            <input
              type="range"
              min="1"
              max=${r}
              .value=${String(s)}
              @input=${i=>{let n=Number(i.target.value);e?this.esize=n:this.size=n}}
            />
            <span class="gr-editor-size-value">${s}</span>
          </label>`:l}
      <div class="gr-editor-group">
        ${b("undo",o("editor.undo"),()=>this.undo(),"",void 0,!this.undos.length)}
        ${b("redo",o("editor.redo"),()=>this.redo(),"",void 0,!this.redos.length)}
        ${b("trash",o("common.clear"),()=>this.clear())}
      </div>
      ${a.length?p`<div class="gr-editor-group" role="group" aria-label=${o("editor.background")}>
            ${a.includes("upload")?p`<label class="gr-icon-button gr-img-btn gr-file-button" title=${o("editor.upload_background")}>
                  ${M("upload")}
                  <input class="gr-file-input" type="file" accept="image/*" aria-label=${o("editor.upload_background")} ?disabled=${this.up.busy} @change=${this.up.picked(i=>{this.take(i)})} />
                </label>`:l}
            ${a.includes("webcam")?b("camera",o("editor.webcam_background"),()=>this.openCam(),"",this.camOn):l}
            ${a.includes("clipboard")?b("clipboard",o("editor.paste_background"),()=>{this.pasteClipboard()}):l}
          </div>`:l}
    </div>`}layersPanel(){let t=this.layerOpts;if(!t.show)return l;let e=this.doc.layers;return p`<div class="gr-editor-layers" role="group" aria-label=${o("editor.layers")}>
      ${M("layers")}
      ${e.map((s,r)=>p`<span class="gr-editor-layer ${r===this.active?"gr-active":""}">
          <button type="button" class="gr-editor-layer-name" aria-pressed=${String(r===this.active)} @click=${()=>this.active=r}>${s.name}</button>
          ${b(s.visible?"eye":"eyeoff",o(s.visible?"editor.hide_layer":"editor.show_layer",{name:s.name}),()=>this.toggleLayer(r))}
          ${t.add&&e.length>1?b("close",o("common.delete_item",{name:s.name}),()=>this.deleteLayer(r)):l}
        </span>`)}
      ${t.add?p`<button type="button" class="gr-button gr-secondary gr-sm" @click=${this.addLayer}>${M("plus")} ${o("editor.add_layer")}</button>`:l}
    </div>`}updated(){this.paintNow()}paintNow(){this.frame=0;let t=this.querySelector(".gr-editor-canvas");if(!t)return;let e=this.stroke;H(v(t),this.doc,e?.buf?{i:this.active,buf:e.buf,alpha:this.alpha}:null)}schedulePaint(){this.frame||(this.frame=requestAnimationFrame(()=>this.paintNow()))}point(t,e=t.currentTarget){let s=e.getBoundingClientRect();return[(t.clientX-s.left)*this.doc.w/s.width,(t.clientY-s.top)*this.doc.h/s.height]}width(t){let e=this.stroke?.eraser||this.tool==="eraser"?this.esize:this.size;return t.pointerType==="pen"&&t.pressure>0?e*(.4+t.pressure*1.2):e}target(){let t=this.stroke,e=v(t.buf??this.doc.layers[this.active].canvas);return e.globalCompositeOperation=t.eraser?"destination-out":"source-over",e.strokeStyle=e.fillStyle=t.eraser?"#000":this.color,e}dot([t,e],s){let r=this.target();r.beginPath(),r.arc(t,e,s/2,0,Math.PI*2),r.fill(),r.globalCompositeOperation="source-over"}line(t,e,s){let r=this.target();r.lineWidth=s,r.lineCap=r.lineJoin="round",r.beginPath(),r.moveTo(t[0],t[1]),r.lineTo(e[0],e[1]),r.stroke(),r.globalCompositeOperation="source-over"}touch(t){this.versions.set(t,(this.versions.get(t)??0)+1)}commit(t,e){this.undos.push(t),this.undos.length>20&&this.undos.shift(),this.redos=[],this.requestUpdate(),this.schedule(e)}undo(){let t=this.undos.pop();t&&(this.redos.push(this.doc),this.restore(t))}redo(){let t=this.redos.pop();t&&(this.undos.push(this.doc),this.restore(t))}restore(t){this.doc=t,this.crop=null,this.active=Math.min(this.active,t.layers.length-1),this.requestUpdate(),this.schedule()}setTool(t){this.tool=t,t!=="crop"&&(this.crop=null)}deleteLayer(t){let e=k(this.doc);this.doc.layers.splice(t,1),this.active=Math.max(0,Math.min(this.active-(t<this.active?1:0),this.doc.layers.length-1)),this.commit(e)}toggleLayer(t){let e=this.doc.layers[t];e.visible=!e.visible,this.requestUpdate(),this.schedule()}clear(){let t=k(this.doc),[e,s]=this.canvasSize;this.doc=this.blank(e,s),this.undos.push(t),this.redos=[],this.crop=null,this.active=0,this.gen++,clearTimeout(this.timer),this.pending.clear();let r={background:null,layers:[],composite:null};this.mine=r,this.userValue(r),this.emit("clear")}async take(t){let e=t.find(r=>W(r,["image"]));if(!e)return this.up.fail(o("upload.choose_image"));let s=URL.createObjectURL(e);try{let r=await _(s);this.setBackground(r)}catch{this.up.fail(o("editor.image_unreadable"))}finally{URL.revokeObjectURL(s)}}setBackground(t){let e=k(this.doc),s=this.doc,[r,a]=this.props.fixed_canvas?this.canvasSize:[t.naturalWidth,t.naturalHeight],i=s.w===r&&s.h===a?s.layers:s.layers.map(n=>({...n,canvas:w(n.canvas,r,a,0,0,r,a)}));this.doc={w:r,h:a,bg:this.fit(t,r,a),layers:i},this.crop=null,this.undos.length===0&&(this.props.brush?.default_size>0||(this.size=this.auto(null)),this.props.eraser?.default_size>0||(this.esize=this.auto(null))),this.up.error="",this.commit(e,"upload")}openCam(){this.camOn=!0,this.cam.start(this.props.webcam_options?.constraints??null)}closeCam(){this.cam.stop(),this.camOn=!1}async capture(){let t=await this.cam.capture(this.props.webcam_options?.mirror!==!1);this.closeCam(),t&&await this.take([t])}async pasteClipboard(){try{let t=await N();t.length?await this.take(t):this.up.fail(o("image.no_clipboard_image"))}catch(t){this.up.fail(o("image.clipboard_failed",{error:String(t?.message??t)}))}}schedule(t){t&&this.pending.add(t),clearTimeout(this.timer),this.timer=setTimeout(()=>{this.export()},300)}async export(){if(this.up.busy){this.again=!0;return}let t=this.gen,e=this.doc,s=[...this.pending];this.pending.clear();let r=[],a=[],i=[e.bg,...e.layers.map(c=>c.canvas)];try{for(let[d,u]of i.entries()){if(!u)continue;let f=this.versions.get(u)??0;this.uploaded.get(u)?.v!==f&&(r.push(await z(u,d===0?"background.png":`layer_${d}.png`)),a.push([u,f]))}let c=$(e.w,e.h);H(v(c),e),r.push(await z(c,"composite.png"))}catch(c){return this.up.fail(o("editor.save_failed",{error:String(c?.message??c)}))}let n=await this.up.send(r);if(n&&t===this.gen){a.forEach(([u,f],C)=>this.uploaded.set(u,{v:f,fd:n[C]}));let c=u=>(u&&this.uploaded.get(u)?.fd)??null,d={background:c(e.bg),layers:e.layers.map(u=>c(u.canvas)),composite:n[n.length-1]};this.mine=d,this.userValue(d);for(let u of s)this.emit(u)}this.again&&(this.again=!1,this.schedule())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.timer),cancelAnimationFrame(this.frame)}};A("imageeditor",S);export{S as ImageEditor};
