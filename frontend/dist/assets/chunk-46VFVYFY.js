import{a as f,b as l,c as b,d as v,e as w,f as y,g as n,j as $,k as u,l as S,m as k,n as _,o as C,p as x,q as E}from"./chunk-76FKMACF.js";import{c as g}from"./chunk-4BY5VSFZ.js";import{a as m}from"./chunk-WPMDZ3VC.js";import"./chunk-6VDU4B6A.js";import"./chunk-SUUXRMRK.js";import{a as p,b as h}from"./chunk-NCJSEHBS.js";import{c as r}from"./chunk-P7YIV3HJ.js";import{j as o,n as a}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var F=["upload","webcam","clipboard"],M={upload:["upload","upload.upload"],webcam:["camera","image.webcam"],clipboard:["clipboard","image.paste"]},d=class extends p{constructor(){super();this.source=null;this.up=new _(this);this.cam=new E(this);this.pasteClipboard=async()=>{try{let e=await C();e.length?await this.take(e):this.up.fail(r("image.no_clipboard_image"))}catch(e){this.up.fail(r("image.clipboard_failed",{error:String(e?.message??e)}))}};new x(this,()=>this.interactive&&this.sources.includes("clipboard")&&!this.up.busy,e=>{this.take(e)})}static{this.properties={...p.properties,source:{state:!0}}}get sources(){let e=this.props.sources;return Array.isArray(e)?e.filter(i=>F.includes(i)):F}get active(){return this.source&&this.sources.includes(this.source)?this.source:this.sources[0]}get mirror(){return this.props.webcam_options?.mirror!==!1&&this.props.mirror_webcam!==!1}render(){let e=this.props,i=y(this.value)?this.value:null,t=n(e.height),s=n(e.width),c=[t?`height:${t}`:"",s?`width:${s};max-width:100%`:""].filter(Boolean).join(";");return o`${this.label(null)}
      <div class="gr-image ${t?"gr-fixed-height":""}" style=${c||a} role="group" aria-labelledby=${e.label?this.uid+"-label":a}>
        ${i?this.shown(i):this.interactive?this.input():u()}
      </div>
      ${this.up.errorView()}`}shown(e){let i=w(this.props,["download","fullscreen"]),t=this.host?.fileURL(e)??e.url??"";return o`<div class="gr-image-frame">
      <img class="gr-image-img" src=${t} alt=${this.props.label||r("common.image")} draggable="false" @click=${this.onSelect} />
      <div class="gr-img-toolbar">
        ${i.includes("download")?b(t,e):a}
        ${i.includes("fullscreen")?l("fullscreen",r("common.full_screen"),()=>v(this.querySelector(".gr-image-img"))):a}
        ${this.interactive?l("close",r("common.clear"),()=>this.clear()):a}
      </div>
    </div>`}input(){let e=this.sources,i=this.active,t;return this.up.busy?t=o`<div class="gr-img-drop gr-file-drop">${S(this.up.progress)}</div>`:i==="webcam"?t=this.cam.view(this.mirror,()=>{this.capture()},void 0,this.props.webcam_options?.constraints??null):i==="clipboard"?t=o`<div class="gr-img-drop gr-file-drop gr-image-paste">
        <div class="gr-file-prompt">
          ${f("clipboard")}
          <button type="button" class="gr-button gr-secondary gr-sm" @click=${this.pasteClipboard}>${r("image.paste")}</button>
          <span class="gr-file-or">${r("image.or_paste")}</span>
        </div>
      </div>`:i==="upload"?t=this.up.zone({id:this.uid,onFiles:s=>{this.take(s)},prompt:this.props.placeholder?o`<span class="gr-prose gr-image-placeholder">${m(g(String(this.props.placeholder)))}</span>`:void 0}):t=u(),o`<div class="gr-image-input">
      ${t}
      ${e.length>1?o`<div class="gr-img-sources" role="group" aria-label=${r("image.source")}>
            ${e.map(s=>l(M[s][0],r(M[s][1]),()=>this.pick(s),"",s===i))}
          </div>`:a}
    </div>`}pick(e){e!=="webcam"&&this.cam.stop(),this.source=e,e==="clipboard"&&this.pasteClipboard()}async capture(){let e=await this.cam.capture(this.mirror);e&&await this.take([e])}async take(e){let i=e.find(c=>k(c,["image"]));if(!i)return this.up.fail(r("upload.choose_image"));if(this.up.busy)return;let t=this.contains(document.activeElement),s=await this.up.send([i]);s&&(this.cam.stop(),this.userValue(s[0]),this.emit("upload"),t&&this.updateComplete.then(()=>this.querySelector(".gr-img-toolbar button:last-child")?.focus()))}clear(){this.up.error="",this.userValue(null),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-image-input input, .gr-image-input button")?.focus())}onSelect(e){let[i,t]=$(e.currentTarget,e);this.emit("select",{index:[i,t],value:null,selected:!0})}disconnectedCallback(){super.disconnectedCallback(),this.cam.stop()}};h("image",d);export{d as ImageView};
