import{a as B,b as H,c as S,d as U,e as $}from"./chunk-RI7XKC25.js";import{a as v,b,d as _,e as P,f as E}from"./chunk-HSITOYZK.js";import{e as w,h as x}from"./chunk-SUUXRMRK.js";import{b as F}from"./chunk-NCJSEHBS.js";import{c as o}from"./chunk-P7YIV3HJ.js";import{j as d,n as f}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";function k(p,m){let t=Math.max(1,p.length),i=p[0]?.length??0,e=i*t*2,r=new ArrayBuffer(44+e),a=new DataView(r),s=(h,u)=>{for(let n=0;n<4;n++)a.setUint8(h+n,u.charCodeAt(n))},c=Math.round(m);s(0,"RIFF"),a.setUint32(4,36+e,!0),s(8,"WAVE"),s(12,"fmt "),a.setUint32(16,16,!0),a.setUint16(20,1,!0),a.setUint16(22,t,!0),a.setUint32(24,c,!0),a.setUint32(28,c*t*2,!0),a.setUint16(32,t*2,!0),a.setUint16(34,16,!0),s(36,"data"),a.setUint32(40,e,!0);let l=44;for(let h=0;h<i;h++)for(let u=0;u<t;u++){let n=p[u]?.[h]??0,g=n>1?1:n<-1?-1:n||0;a.setInt16(l,g<0?Math.round(g*32768):Math.round(g*32767),!0),l+=2}return new Blob([r],{type:"audio/wav"})}function M(p,m=0,t=p.length){let i=[];for(let e=0;e<p.numberOfChannels;e++)i.push(p.getChannelData(e).subarray(m,t));return i}var A=class extends E{constructor(){super();this.playing=!1;this.time=0;this.duration=0;this.trim=null;this.recording=!1;this.elapsed=0;this.decoded=null;this.loaded="";this.peaks=null;this.raf=0;this.autoplayNext=!1;this.stream=null;this.rec=null;this.meter=null;this.tick=0;this.media="audio"}static{this.properties={...E.properties,playing:{state:!0},time:{state:!0},duration:{state:!0},trim:{state:!0},recording:{state:!0},elapsed:{state:!0},decoded:{state:!0}}}get wave(){return this.props.waveform_options??{}}get rate(){return w(this.wave.sample_rate,44100)}get dur(){let t=this.decoded?.duration||this.duration;return Number.isFinite(t)&&t>0?t:0}get audio(){return this.querySelector("audio")}willUpdate(t){if(!t.has("value"))return;let i=b(this.value)?this.value:null;i&&(this.rec||this.stream)&&this.stopCapture();let e=i?this.host?.fileURL(i)??i.url??"":"",r=this.takeAutoplay();e!==this.loaded&&(this.loaded=e,this.decoded=null,this.peaks=null,this.time=this.duration=0,this.playing=!1,this.trim=null,e&&(this.autoplayNext=r,this.decode(e)))}async decode(t){try{let i=await fetch(t);if(!i.ok)throw new Error(`HTTP ${i.status}`);let e=await $(await i.arrayBuffer(),this.rate);this.loaded===t&&(this.decoded=e)}catch{}}render(){let t=b(this.value)?this.value:null,i=this.currentSource(["upload","microphone"]),e;t?e=this.player(t):this.interactive?e=d`${i==="microphone"?this.recorder():this.dropZone()}${this.sourceBar(["upload","microphone"],{upload:o("upload.upload"),microphone:o("media.microphone")})}`:e=d`<div class="gr-media-empty">${o("media.no_audio")}</div>`;let r=!t&&this.interactive&&i==="upload";return d`${this.label(r?this.uid:null)}
      <div class="gr-audio" role=${r?f:"group"} aria-labelledby=${!r&&this.props.label?this.uid+"-label":f}>${e}</div>
      ${this.messages()}`}player(t){let i=this.props,e=this.dur,r=Math.min(this.time,e||this.time),a=w(this.wave.skip_length,5),s=this.interactive&&i.editable!==!1&&this.decoded!=null&&this.progress==null;return d`<audio
        src=${this.loaded}
        preload="metadata"
        ?loop=${!!i.loop}
        @play=${this.onPlay}
        @pause=${this.onPause}
        @ended=${()=>this.emit("stop")}
        @timeupdate=${this.onTime}
        @seeked=${this.onTime}
        @loadedmetadata=${this.onMeta}
        @durationchange=${this.onMeta}
      ></audio>
      <div class="gr-audio-wave" @pointerdown=${this.onWaveDown}>
        <canvas
          class="gr-audio-canvas"
          role="slider"
          tabindex="0"
          aria-label=${o("media.seek",{name:x(t)})}
          aria-valuemin="0"
          aria-valuemax=${Math.round(e)}
          aria-valuenow=${Math.round(r)}
          aria-valuetext="${v(r)} of ${v(e)}"
          @keydown=${this.onSeekKey}
        ></canvas>
        ${this.trim&&e>0?this.region(e):f}
      </div>
      <div class="gr-audio-controls">
        <span class="gr-audio-time">${v(r)} / ${v(e)}</span>
        <div class="gr-audio-transport">
          ${a>0?d`<button type="button" class="gr-icon-button" aria-label=${o("media.back_seconds",{n:a})} @click=${()=>this.seek(this.now()-a)}>−${a}s</button>`:f}
          <button type="button" class="gr-icon-button gr-audio-play" data-focus aria-label=${this.playing?o("media.pause"):o("media.play")} @click=${this.toggle}>
            ${this.playing?P:_}
          </button>
          ${a>0?d`<button type="button" class="gr-icon-button" aria-label=${o("media.forward_seconds",{n:a})} @click=${()=>this.seek(this.now()+a)}>+${a}s</button>`:f}
        </div>
        <div class="gr-audio-tools">
          ${this.trim?d`<button type="button" class="gr-icon-button" @click=${this.applyTrim}>${o("media.trim")}</button>
                <button type="button" class="gr-icon-button" @click=${()=>this.trim=null}>${o("common.cancel")}</button>`:s?d`<button type="button" class="gr-icon-button" aria-label=${o("media.trim")} title=${o("media.trim")} @click=${this.startTrim}>✂</button>`:f}
          ${this.tools(t)}
        </div>
      </div>
      ${this.progressBar()}`}region(t){let[i,e]=this.trim,r=i/t*100,a=e/t*100,s=(l,h,u)=>d`<div
      class="gr-audio-handle"
      role="slider"
      tabindex="0"
      aria-label=${l===0?o("media.trim_start"):o("media.trim_end")}
      aria-valuemin="0"
      aria-valuemax=${t.toFixed(1)}
      aria-valuenow=${h.toFixed(1)}
      aria-valuetext=${v(h)}
      style="left:${u}%"
      @pointerdown=${n=>this.dragHandle(n,l)}
      @keydown=${n=>this.handleKey(n,l)}
    ></div>`,c=this.wave.trim_region_color?`;background:${this.wave.trim_region_color}`:"";return d`<div class="gr-audio-region" style="left:${r}%;width:${a-r}%${c}"></div>${s(0,i,r)}${s(1,e,a)}`}recorder(){let t=this.wave.show_recording_waveform!==!1,i=this.progress!=null;return d`<div class="gr-media-rec">
      ${t&&this.recording?d`<canvas class="gr-audio-meter" aria-hidden="true"></canvas>`:f}
      <div class="gr-media-rec-row">
        ${this.recording?d`<button type="button" class="gr-button gr-stop gr-sm" @click=${this.stopRecording}><span class="gr-rec-dot" aria-hidden="true"></span>${o("button.stop")}</button>`:d`<button type="button" class="gr-button gr-secondary gr-sm" ?disabled=${i} @click=${this.startRecording}>
              <span class="gr-rec-dot" aria-hidden="true"></span>${o("media.record")}
            </button>`}
        ${this.recording?d`<span class="gr-media-clock">${v(this.elapsed)}</span>`:f}
      </div>
      ${this.progressBar()}
    </div>`}updated(){let t=this.querySelector(".gr-audio-wave");t&&!this.resize?(this.resize=new ResizeObserver(()=>this.draw()),this.resize.observe(t)):!t&&this.resize&&(this.resize.disconnect(),this.resize=void 0),this.draw();let i=this.audio;this.autoplayNext&&i&&(this.autoplayNext=!1,i.play().catch(()=>{}))}disconnectedCallback(){super.disconnectedCallback(),cancelAnimationFrame(this.raf),this.resize?.disconnect(),this.resize=void 0}now(){return this.audio?.currentTime??this.time}toggle(){let t=this.audio;t&&(t.paused?t.play().catch(i=>this.error=o("media.cannot_play",{error:String(i?.message??i)})):t.pause())}seek(t){let i=this.audio,e=this.dur;!i||e<=0||(i.currentTime=Math.max(0,Math.min(e,t)),this.time=i.currentTime,this.draw())}onPlay(){this.playing=!0,this.emit("play");let t=()=>{this.draw(),this.playing&&(this.raf=requestAnimationFrame(t))};cancelAnimationFrame(this.raf),this.raf=requestAnimationFrame(t)}onPause(t){this.playing=!1,this.onTime(),t.target.ended||this.emit("pause")}onTime(){this.time=this.audio?.currentTime??0,this.playing||this.draw()}onMeta(){this.duration=this.audio?.duration??0}fraction(t,i){let e=i.getBoundingClientRect();return e.width>0?Math.max(0,Math.min(1,(t.clientX-e.left)/e.width)):0}onWaveDown(t){if(t.button!==0)return;let i=t.currentTarget;i.setPointerCapture?.(t.pointerId);let e=r=>this.seek(this.fraction(r,i)*this.dur);e(t),i.onpointermove=e,i.onpointerup=i.onlostpointercapture=()=>i.onpointermove=i.onpointerup=i.onlostpointercapture=null}onSeekKey(t){let i=this.now(),e=w(this.wave.skip_length,5)||5,r={ArrowLeft:i-1,ArrowDown:i-1,ArrowRight:i+1,ArrowUp:i+1,PageDown:i-e,PageUp:i+e,Home:0,End:this.dur};if(t.key in r)this.seek(r[t.key]);else if(t.key===" "||t.key==="Enter")this.toggle();else return;t.preventDefault()}draw(){let t=this.querySelector(".gr-audio-canvas");if(!t)return;let i=devicePixelRatio||1,e=Math.round(t.clientWidth*i),r=Math.round(t.clientHeight*i);if(!e||!r)return;(t.width!==e||t.height!==r)&&(t.width=e,t.height=r);let a=t.getContext("2d");if(!a)return;let[s,c]=this.colors(),l=this.dur,h=l>0?this.now()/l*e:0,u=Math.max(1,Math.round(2*i)),n=u+Math.max(1,Math.round(i)),g=Math.max(1,Math.floor(e/n));this.decoded&&this.peaks?.length!==g&&(this.peaks=D(this.decoded,g));let T=this.decoded?this.peaks:null;a.clearRect(0,0,e,r);for(let y=0;y<g;y++){let R=y*n,C=Math.max(u,(T?T[y]:0)*r*.92);a.fillStyle=R<h?c:s,a.fillRect(R,(r-C)/2,u,C)}}colors(){let t=getComputedStyle(this);return[this.wave.waveform_color||t.getPropertyValue("--gr-wave").trim()||"#a1a1aa",this.wave.waveform_progress_color||t.getPropertyValue("--gr-primary").trim()||"#f97316"]}startTrim(){let t=this.dur;this.audio?.pause(),this.trim=[t*.25,t*.75],this.updateComplete.then(()=>this.querySelector(".gr-audio-handle")?.focus())}setEdge(t,i){if(!this.trim)return;let e=this.dur,r=Math.min(.05,e/2),[a,s]=this.trim;this.trim=t===0?[Math.max(0,Math.min(i,s-r)),s]:[a,Math.min(e,Math.max(i,a+r))]}dragHandle(t,i){t.stopPropagation(),t.preventDefault();let e=t.currentTarget,r=e.parentElement;e.focus(),e.setPointerCapture?.(t.pointerId),e.onpointermove=a=>this.setEdge(i,this.fraction(a,r)*this.dur),e.onpointerup=e.onlostpointercapture=()=>e.onpointermove=e.onpointerup=e.onlostpointercapture=null}handleKey(t,i){if(!this.trim)return;let e=this.trim[i],r=t.shiftKey?1:.1,a={ArrowLeft:e-r,ArrowDown:e-r,ArrowRight:e+r,ArrowUp:e+r,Home:0,End:this.dur};if(t.key in a)this.setEdge(i,a[t.key]);else if(t.key==="Enter")this.applyTrim();else if(t.key==="Escape")this.trim=null;else return;t.preventDefault()}async applyTrim(){let t=this.decoded,i=this.trim;if(!t||!i||!b(this.value))return;let e=Math.floor(i[0]*t.sampleRate),r=Math.min(t.length,Math.ceil(i[1]*t.sampleRate)),a=M(t,e,r),s=x(this.value).replace(/\.[^.]*$/,"")+".wav";this.trim=null;let c=new AudioBuffer({length:Math.max(1,r-e),numberOfChannels:t.numberOfChannels,sampleRate:t.sampleRate});a.forEach((l,h)=>c.copyToChannel(l,h)),await this.commit(new File([k(a,t.sampleRate)],s,{type:"audio/wav"}),l=>this.adopt(l,c))&&(this.status=o("media.trimmed",{length:v(c.duration)}))}async prepare(t){if((this.props.format??"wav")!=="wav"||/wav/i.test(t.type)||/\.wav$/i.test(t.name)||t.size>32e6)return[t];this.status="Converting to WAV";let e=await $(await t.arrayBuffer(),this.rate),r=k(M(e),e.sampleRate),a=t.name.replace(/\.[^.]*$/,"")+".wav";return[new File([r],a,{type:"audio/wav"}),s=>this.adopt(s,e)]}adopt(t,i){this.loaded=this.host.fileURL(t),this.decoded=i,this.peaks=null,this.time=0,this.duration=i.duration,this.playing=!1}async startRecording(){if(this.recording)return;this.error="";try{this.stream=await B({audio:!0},"microphone"),this.rec=new S(this.stream,["audio/webm;codecs=opus","audio/webm","audio/ogg;codecs=opus","audio/mp4"])}catch(e){this.stopCapture(),this.error=e.message;return}this.recording=!0,this.elapsed=0;let t=performance.now();this.tick=window.setInterval(()=>this.elapsed=(performance.now()-t)/1e3,250),this.status=o("media.recording"),this.emit("start_recording"),await this.updateComplete;let i=this.querySelector(".gr-audio-meter");i&&this.stream&&(this.meter=new U(this.stream,i,this.colors()[1])),this.querySelector(".gr-media-rec .gr-stop")?.focus()}async stopRecording(){let t=this.rec;if(!t)return;this.rec=null;let i=await t.stop();this.stopCapture(),this.emit("stop_recording"),this.status="Recording stopped; saving";try{let e=await $(await i.arrayBuffer(),this.rate),r=k(M(e),e.sampleRate);await this.commit(new File([r],"recording.wav",{type:"audio/wav"}),a=>this.adopt(a,e))?(this.status=o("media.recording_saved_length",{length:v(e.duration)}),this.updateComplete.then(()=>this.querySelector("[data-focus]")?.focus())):this.status=""}catch(e){this.error=o("media.recording_unreadable",{error:String(e?.message??e)}),this.status=""}}stopCapture(){this.rec&&this.rec.stop().catch(()=>{}),this.rec=null,this.meter?.stop(),this.meter=null,H(this.stream),this.stream=null,clearInterval(this.tick),this.recording=!1}};function D(p,m){let t=new Float32Array(m),i=p.length;for(let r=0;r<p.numberOfChannels;r++){let a=p.getChannelData(r);for(let s=0;s<m;s++){let c=Math.floor(s*i/m),l=Math.max(c+1,Math.floor((s+1)*i/m)),h=Math.max(1,(l-c)/512|0),u=t[s];for(let n=c;n<l&&n<i;n+=h){let g=Math.abs(a[n]);g>u&&(u=g)}t[s]=u}}let e=0;for(let r=0;r<m;r++)t[r]>e&&(e=t[r]);if(e>0)for(let r=0;r<m;r++)t[r]/=e;return t}F("audio",A);export{A as AudioView};
