import{c as m}from"./chunk-LWZLZVZV.js";import{a as h}from"./chunk-QS7NFM7G.js";import"./chunk-GSKJMSPW.js";import{a as g,b as a,c as b,d as f,e as v,f as w,g as n,j as y,k as p,l as $,m as S,n as k,o as C,p as F,q as x}from"./chunk-OPEYEAOV.js";import"./chunk-SUUXRMRK.js";import{a as c,b as d}from"./chunk-DECO3CHZ.js";import{j as r,n as o}from"./chunk-FE2DSP6H.js";import"./chunk-OOJM4CTU.js";var E=["upload","webcam","clipboard"],T={upload:["upload","Upload"],webcam:["camera","Webcam"],clipboard:["clipboard","Paste from clipboard"]},u=class extends c{constructor(){super();this.source=null;this.up=new k(this);this.cam=new x(this);this.pasteClipboard=async()=>{try{let e=await C();e.length?await this.take(e):this.up.fail("There is no image in the clipboard.")}catch(e){this.up.fail(`Could not read the clipboard: ${e?.message??e}`)}};new F(this,()=>this.interactive&&this.sources.includes("clipboard")&&!this.up.busy,e=>{this.take(e)})}static{this.properties={...c.properties,source:{state:!0}}}get sources(){let e=this.props.sources;return Array.isArray(e)?e.filter(i=>E.includes(i)):E}get active(){return this.source&&this.sources.includes(this.source)?this.source:this.sources[0]}get mirror(){return this.props.webcam_options?.mirror!==!1&&this.props.mirror_webcam!==!1}render(){let e=this.props,i=w(this.value)?this.value:null,t=n(e.height),s=n(e.width),l=[t?`height:${t}`:"",s?`width:${s};max-width:100%`:""].filter(Boolean).join(";");return r`${this.label(null)}
      <div class="gr-image ${t?"gr-fixed-height":""}" style=${l||o} role="group" aria-labelledby=${e.label?this.uid+"-label":o}>
        ${i?this.shown(i):this.interactive?this.input():p()}
      </div>
      ${this.up.errorView()}`}shown(e){let i=v(this.props,["download","fullscreen"]),t=this.host?.fileURL(e)??e.url??"";return r`<div class="gr-image-frame">
      <img class="gr-image-img" src=${t} alt=${this.props.label||"Image"} draggable="false" @click=${this.onSelect} />
      <div class="gr-img-toolbar">
        ${i.includes("download")?b(t,e):o}
        ${i.includes("fullscreen")?a("fullscreen","Full screen",()=>f(this.querySelector(".gr-image-img"))):o}
        ${this.interactive?a("close","Clear",()=>this.clear()):o}
      </div>
    </div>`}input(){let e=this.sources,i=this.active,t;return this.up.busy?t=r`<div class="gr-img-drop gr-file-drop">${$(this.up.progress)}</div>`:i==="webcam"?t=this.cam.view(this.mirror,()=>{this.capture()},void 0,this.props.webcam_options?.constraints??null):i==="clipboard"?t=r`<div class="gr-img-drop gr-file-drop gr-image-paste">
        <div class="gr-file-prompt">
          ${g("clipboard")}
          <button type="button" class="gr-button gr-secondary gr-sm" @click=${this.pasteClipboard}>Paste from clipboard</button>
          <span class="gr-file-or">or press Ctrl+V</span>
        </div>
      </div>`:i==="upload"?t=this.up.zone({id:this.uid,onFiles:s=>{this.take(s)},prompt:this.props.placeholder?r`<span class="gr-prose gr-image-placeholder">${h(m(String(this.props.placeholder)))}</span>`:void 0}):t=p(),r`<div class="gr-image-input">
      ${t}
      ${e.length>1?r`<div class="gr-img-sources" role="group" aria-label="Image source">
            ${e.map(s=>a(T[s][0],T[s][1],()=>this.pick(s),"",s===i))}
          </div>`:o}
    </div>`}pick(e){e!=="webcam"&&this.cam.stop(),this.source=e,e==="clipboard"&&this.pasteClipboard()}async capture(){let e=await this.cam.capture(this.mirror);e&&await this.take([e])}async take(e){let i=e.find(l=>S(l,["image"]));if(!i)return this.up.fail("Please choose an image file.");if(this.up.busy)return;let t=this.contains(document.activeElement),s=await this.up.send([i]);s&&(this.cam.stop(),this.userValue(s[0]),this.emit("upload"),t&&this.updateComplete.then(()=>this.querySelector(".gr-img-toolbar button:last-child")?.focus()))}clear(){this.up.error="",this.userValue(null),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-image-input input, .gr-image-input button")?.focus())}onSelect(e){let[i,t]=y(e.currentTarget,e);this.emit("select",{index:[i,t],value:null,selected:!0})}disconnectedCallback(){super.disconnectedCallback(),this.cam.stop()}};d("image",u);export{u as ImageView};
