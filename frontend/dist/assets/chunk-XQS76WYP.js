import{a as h,b as m,c as v}from"./chunk-RI7XKC25.js";import{a as l}from"./chunk-SSFLOQ7M.js";import"./chunk-ECV67A27.js";import"./chunk-H6LKGIRZ.js";import"./chunk-4BY5VSFZ.js";import"./chunk-WPMDZ3VC.js";import"./chunk-6VDU4B6A.js";import{a as u,b as c,f as n}from"./chunk-HSITOYZK.js";import"./chunk-SUUXRMRK.js";import{b as p}from"./chunk-NCJSEHBS.js";import{c as s}from"./chunk-P7YIV3HJ.js";import{j as i,n as o}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var d=class extends n{constructor(){super();this.stream=null;this.recording=!1;this.elapsed=0;this.rec=null;this.tick=0;this.autoplayNext=!1;this.media="video"}static{this.properties={...n.properties,stream:{state:!0},recording:{state:!0},elapsed:{state:!0}}}willUpdate(e){if(!e.has("value"))return;let t=c(this.value)?this.value:null,r=e.get("value");t&&(this.rec||this.stream)&&this.stopCapture();let a=this.takeAutoplay();t&&(!c(r)||r.path!==t.path||r.url!==t.url)&&(this.autoplayNext=a)}updated(){let e=this.querySelector(".gr-video-player");this.autoplayNext&&e&&(this.autoplayNext=!1,e.play().catch(()=>{}))}render(){let e=c(this.value)?this.value:null,t=this.currentSource(["upload","webcam"]),r;e?r=this.player(e):this.interactive?r=i`${t==="webcam"?this.camera():this.dropZone()}${this.sourceBar(["upload","webcam"],{upload:s("upload.upload"),webcam:s("image.webcam")})}`:r=i`<div class="gr-media-empty">${s("media.no_video")}</div>`;let a=!e&&this.interactive&&t==="upload";return i`${this.label(a?this.uid:null)}
      <div class="gr-video" role=${a?o:"group"} aria-labelledby=${!a&&this.props.label?this.uid+"-label":o}>${r}</div>
      ${this.messages()}`}size(){let e=this.props;return[e.height!=null?`height:${l(e.height)}`:"",e.width!=null?`width:${l(e.width)};max-width:100%`:""].filter(Boolean).join(";")}player(e){let t=this.props;return i`<div class="gr-media-frame ${t.height!=null?"gr-sized":""}" style=${this.size()||o}>
      <video
        class="gr-video-player"
        src=${this.host?.fileURL(e)??e.url??""}
        controls
        playsinline
        preload="metadata"
        data-focus
        ?loop=${!!t.loop}
        aria-label=${t.label||s("common.video")}
        @play=${()=>this.emit("play")}
        @pause=${r=>r.target.ended||this.emit("pause")}
        @ended=${()=>{this.emit("end"),this.emit("stop")}}
      ></video>
      <div class="gr-media-bar">${this.tools(e)}</div>
    </div>`}camera(){let e=this.props.webcam_options?.mirror!==!1,t=this.progress!=null,r=this.size();return i`<div class="gr-media-rec gr-video-cam ${this.props.height!=null?"gr-sized":""}" style=${r||o}>
      <video
        class="gr-video-preview ${e?"gr-mirror":""}"
        .srcObject=${this.stream}
        ?hidden=${!this.stream}
        autoplay
        muted
        playsinline
        aria-label=${s("camera.preview")}
      ></video>
      <div class="gr-media-rec-row">
        ${this.stream?this.recording?i`<button type="button" class="gr-button gr-stop gr-sm" @click=${this.stopRecording}><span class="gr-rec-dot" aria-hidden="true"></span>${s("button.stop")}</button>
                <span class="gr-media-clock">${u(this.elapsed)}</span>`:i`<button type="button" class="gr-button gr-secondary gr-sm" @click=${this.startRecording}><span class="gr-rec-dot" aria-hidden="true"></span>${s("camera.record")}</button>
                <button type="button" class="gr-icon-button" @click=${this.closeCamera}>${s("camera.close")}</button>`:i`<button type="button" class="gr-button gr-secondary gr-sm" ?disabled=${t} @click=${this.openCamera}>${s("camera.open")}</button>`}
      </div>
      ${this.progressBar()}
    </div>`}constraints(){let e=this.props.webcam_options?.constraints,t=this.props.include_audio!==!1;return e&&typeof e=="object"?"video"in e||"audio"in e?{video:e.video??!0,audio:t?e.audio??!0:!1}:{video:e,audio:t}:{video:!0,audio:t}}async openCamera(){this.error="";try{this.stream=await h(this.constraints(),"camera"),this.status=s("camera.opened"),await this.updateComplete,this.querySelector(".gr-video-cam .gr-button")?.focus()}catch(e){this.error=e.message}}closeCamera(){this.stopCapture(),this.status=s("camera.closed")}async startRecording(){if(!this.stream||this.rec)return;try{this.rec=new v(this.stream,["video/webm;codecs=vp9,opus","video/webm;codecs=vp8,opus","video/webm","video/mp4"])}catch(t){this.error=s("media.cannot_record",{error:String(t?.message??t)});return}this.recording=!0,this.elapsed=0;let e=performance.now();this.tick=window.setInterval(()=>this.elapsed=(performance.now()-e)/1e3,250),this.status=s("camera.recording"),this.emit("start_recording"),await this.updateComplete,this.querySelector(".gr-video-cam .gr-stop")?.focus()}async stopRecording(){let e=this.rec;if(!e)return;this.rec=null,clearInterval(this.tick),this.recording=!1;let t=await e.stop();this.stopCapture(),this.emit("stop_recording"),this.status="Recording stopped; saving";let r=e.mimeType.includes("mp4")?"mp4":"webm";await this.commit(new File([t],`recording.${r}`,{type:e.mimeType.split(";")[0]||`video/${r}`}))?(this.status=s("camera.recording_saved"),this.updateComplete.then(()=>this.querySelector("[data-focus]")?.focus())):this.status=""}stopCapture(){this.rec&&this.rec.stop().catch(()=>{}),this.rec=null,m(this.stream),this.stream=null,clearInterval(this.tick),this.recording=!1}};p("video",d);export{d as VideoView};
