import{a as h,b as u,c as m}from"./chunk-PGU7PHFQ.js";import{a as l}from"./chunk-ZUIOS4IA.js";import"./chunk-EVDTGSTD.js";import{a as p,b as o,f as c}from"./chunk-34YH2E5K.js";import"./chunk-LWZLZVZV.js";import"./chunk-QS7NFM7G.js";import"./chunk-GSKJMSPW.js";import"./chunk-SUUXRMRK.js";import{b as d}from"./chunk-DECO3CHZ.js";import{j as i,n as a}from"./chunk-FE2DSP6H.js";import"./chunk-OOJM4CTU.js";var n=class extends c{constructor(){super();this.stream=null;this.recording=!1;this.elapsed=0;this.rec=null;this.tick=0;this.autoplayNext=!1;this.media="video"}static{this.properties={...c.properties,stream:{state:!0},recording:{state:!0},elapsed:{state:!0}}}willUpdate(e){if(!e.has("value"))return;let t=o(this.value)?this.value:null,s=e.get("value");t&&(this.rec||this.stream)&&this.stopCapture();let r=this.takeAutoplay();t&&(!o(s)||s.path!==t.path||s.url!==t.url)&&(this.autoplayNext=r)}updated(){let e=this.querySelector(".gr-video-player");this.autoplayNext&&e&&(this.autoplayNext=!1,e.play().catch(()=>{}))}render(){let e=o(this.value)?this.value:null,t=this.currentSource(["upload","webcam"]),s;e?s=this.player(e):this.interactive?s=i`${t==="webcam"?this.camera():this.dropZone()}${this.sourceBar(["upload","webcam"],{upload:"Upload",webcam:"Webcam"})}`:s=i`<div class="gr-media-empty">No video</div>`;let r=!e&&this.interactive&&t==="upload";return i`${this.label(r?this.uid:null)}
      <div class="gr-video" role=${r?a:"group"} aria-labelledby=${!r&&this.props.label?this.uid+"-label":a}>${s}</div>
      ${this.messages()}`}size(){let e=this.props;return[e.height!=null?`height:${l(e.height)}`:"",e.width!=null?`width:${l(e.width)};max-width:100%`:""].filter(Boolean).join(";")}player(e){let t=this.props;return i`<div class="gr-media-frame ${t.height!=null?"gr-sized":""}" style=${this.size()||a}>
      <video
        class="gr-video-player"
        src=${this.host?.fileURL(e)??e.url??""}
        controls
        playsinline
        preload="metadata"
        data-focus
        ?loop=${!!t.loop}
        aria-label=${t.label||"Video"}
        @play=${()=>this.emit("play")}
        @pause=${s=>s.target.ended||this.emit("pause")}
        @ended=${()=>{this.emit("end"),this.emit("stop")}}
      ></video>
      <div class="gr-media-bar">${this.tools(e)}</div>
    </div>`}camera(){let e=this.props.webcam_options?.mirror!==!1,t=this.progress!=null,s=this.size();return i`<div class="gr-media-rec gr-video-cam ${this.props.height!=null?"gr-sized":""}" style=${s||a}>
      <video
        class="gr-video-preview ${e?"gr-mirror":""}"
        .srcObject=${this.stream}
        ?hidden=${!this.stream}
        autoplay
        muted
        playsinline
        aria-label="Camera preview"
      ></video>
      <div class="gr-media-rec-row">
        ${this.stream?this.recording?i`<button type="button" class="gr-button gr-stop gr-sm" @click=${this.stopRecording}><span class="gr-rec-dot" aria-hidden="true"></span>Stop</button>
                <span class="gr-media-clock">${p(this.elapsed)}</span>`:i`<button type="button" class="gr-button gr-secondary gr-sm" @click=${this.startRecording}><span class="gr-rec-dot" aria-hidden="true"></span>Record</button>
                <button type="button" class="gr-icon-button" @click=${this.closeCamera}>Close camera</button>`:i`<button type="button" class="gr-button gr-secondary gr-sm" ?disabled=${t} @click=${this.openCamera}>Open camera</button>`}
      </div>
      ${this.progressBar()}
    </div>`}constraints(){let e=this.props.webcam_options?.constraints,t=this.props.include_audio!==!1;return e&&typeof e=="object"?"video"in e||"audio"in e?{video:e.video??!0,audio:t?e.audio??!0:!1}:{video:e,audio:t}:{video:!0,audio:t}}async openCamera(){this.error="";try{this.stream=await h(this.constraints(),"camera"),this.status="Camera open",await this.updateComplete,this.querySelector(".gr-video-cam .gr-button")?.focus()}catch(e){this.error=e.message}}closeCamera(){this.stopCapture(),this.status="Camera closed"}async startRecording(){if(!this.stream||this.rec)return;try{this.rec=new m(this.stream,["video/webm;codecs=vp9,opus","video/webm;codecs=vp8,opus","video/webm","video/mp4"])}catch(t){this.error=`Cannot record: ${t?.message??t}`;return}this.recording=!0,this.elapsed=0;let e=performance.now();this.tick=window.setInterval(()=>this.elapsed=(performance.now()-e)/1e3,250),this.status="Recording",this.emit("start_recording"),await this.updateComplete,this.querySelector(".gr-video-cam .gr-stop")?.focus()}async stopRecording(){let e=this.rec;if(!e)return;this.rec=null,clearInterval(this.tick),this.recording=!1;let t=await e.stop();this.stopCapture(),this.emit("stop_recording"),this.status="Recording stopped; saving";let s=e.mimeType.includes("mp4")?"mp4":"webm";await this.commit(new File([t],`recording.${s}`,{type:e.mimeType.split(";")[0]||`video/${s}`}))?(this.status="Recording saved",this.updateComplete.then(()=>this.querySelector("[data-focus]")?.focus())):this.status=""}stopCapture(){this.rec&&this.rec.stop().catch(()=>{}),this.rec=null,u(this.stream),this.stream=null,clearInterval(this.tick),this.recording=!1}};d("video",n);export{n as VideoView};
