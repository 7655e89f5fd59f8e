import{a as B,b as H,c as U,d as S,e as b}from"./chunk-PGU7PHFQ.js";import{a as f,b as w,d as F,e as P,f as T}from"./chunk-34YH2E5K.js";import{e as y,h as k}from"./chunk-SUUXRMRK.js";import{b as C}from"./chunk-DECO3CHZ.js";import{j as l,n as v}from"./chunk-FE2DSP6H.js";import"./chunk-OOJM4CTU.js";function $(h,p){let t=Math.max(1,h.length),i=h[0]?.length??0,e=i*t*2,r=new ArrayBuffer(44+e),a=new DataView(r),s=(d,u)=>{for(let o=0;o<4;o++)a.setUint8(d+o,u.charCodeAt(o))},c=Math.round(p);s(0,"RIFF"),a.setUint32(4,36+e,!0),s(8,"WAVE"),s(12,"fmt "),a.setUint32(16,16,!0),a.setUint16(20,1,!0),a.setUint16(22,t,!0),a.setUint32(24,c,!0),a.setUint32(28,c*t*2,!0),a.setUint16(32,t*2,!0),a.setUint16(34,16,!0),s(36,"data"),a.setUint32(40,e,!0);let n=44;for(let d=0;d<i;d++)for(let u=0;u<t;u++){let o=h[u]?.[d]??0,m=o>1?1:o<-1?-1:o||0;a.setInt16(n,m<0?Math.round(m*32768):Math.round(m*32767),!0),n+=2}return new Blob([r],{type:"audio/wav"})}function M(h,p=0,t=h.length){let i=[];for(let e=0;e<h.numberOfChannels;e++)i.push(h.getChannelData(e).subarray(p,t));return i}var x=class extends T{constructor(){super();this.playing=!1;this.time=0;this.duration=0;this.trim=null;this.recording=!1;this.elapsed=0;this.decoded=null;this.loaded="";this.peaks=null;this.raf=0;this.autoplayNext=!1;this.stream=null;this.rec=null;this.meter=null;this.tick=0;this.media="audio"}static{this.properties={...T.properties,playing:{state:!0},time:{state:!0},duration:{state:!0},trim:{state:!0},recording:{state:!0},elapsed:{state:!0},decoded:{state:!0}}}get wave(){return this.props.waveform_options??{}}get rate(){return y(this.wave.sample_rate,44100)}get dur(){let t=this.decoded?.duration||this.duration;return Number.isFinite(t)&&t>0?t:0}get audio(){return this.querySelector("audio")}willUpdate(t){if(!t.has("value"))return;let i=w(this.value)?this.value:null;i&&(this.rec||this.stream)&&this.stopCapture();let e=i?this.host?.fileURL(i)??i.url??"":"",r=this.takeAutoplay();e!==this.loaded&&(this.loaded=e,this.decoded=null,this.peaks=null,this.time=this.duration=0,this.playing=!1,this.trim=null,e&&(this.autoplayNext=r,this.decode(e)))}async decode(t){try{let i=await fetch(t);if(!i.ok)throw new Error(`HTTP ${i.status}`);let e=await b(await i.arrayBuffer(),this.rate);this.loaded===t&&(this.decoded=e)}catch{}}render(){let t=w(this.value)?this.value:null,i=this.currentSource(["upload","microphone"]),e;t?e=this.player(t):this.interactive?e=l`${i==="microphone"?this.recorder():this.dropZone()}${this.sourceBar(["upload","microphone"],{upload:"Upload",microphone:"Microphone"})}`:e=l`<div class="gr-media-empty">No audio</div>`;let r=!t&&this.interactive&&i==="upload";return l`${this.label(r?this.uid:null)}
      <div class="gr-audio" role=${r?v:"group"} aria-labelledby=${!r&&this.props.label?this.uid+"-label":v}>${e}</div>
      ${this.messages()}`}player(t){let i=this.props,e=this.dur,r=Math.min(this.time,e||this.time),a=y(this.wave.skip_length,5),s=this.interactive&&i.editable!==!1&&this.decoded!=null&&this.progress==null;return l`<audio
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
          aria-label="Seek in ${k(t)}"
          aria-valuemin="0"
          aria-valuemax=${Math.round(e)}
          aria-valuenow=${Math.round(r)}
          aria-valuetext="${f(r)} of ${f(e)}"
          @keydown=${this.onSeekKey}
        ></canvas>
        ${this.trim&&e>0?this.region(e):v}
      </div>
      <div class="gr-audio-controls">
        <span class="gr-audio-time">${f(r)} / ${f(e)}</span>
        <div class="gr-audio-transport">
          ${a>0?l`<button type="button" class="gr-icon-button" aria-label="Back ${a} seconds" @click=${()=>this.seek(this.now()-a)}>−${a}s</button>`:v}
          <button type="button" class="gr-icon-button gr-audio-play" data-focus aria-label=${this.playing?"Pause":"Play"} @click=${this.toggle}>
            ${this.playing?P:F}
          </button>
          ${a>0?l`<button type="button" class="gr-icon-button" aria-label="Forward ${a} seconds" @click=${()=>this.seek(this.now()+a)}>+${a}s</button>`:v}
        </div>
        <div class="gr-audio-tools">
          ${this.trim?l`<button type="button" class="gr-icon-button" @click=${this.applyTrim}>Trim</button>
                <button type="button" class="gr-icon-button" @click=${()=>this.trim=null}>Cancel</button>`:s?l`<button type="button" class="gr-icon-button" aria-label="Trim" title="Trim" @click=${this.startTrim}>✂</button>`:v}
          ${this.tools(t)}
        </div>
      </div>
      ${this.progressBar()}`}region(t){let[i,e]=this.trim,r=i/t*100,a=e/t*100,s=(n,d,u)=>l`<div
      class="gr-audio-handle"
      role="slider"
      tabindex="0"
      aria-label=${n===0?"Trim start":"Trim end"}
      aria-valuemin="0"
      aria-valuemax=${t.toFixed(1)}
      aria-valuenow=${d.toFixed(1)}
      aria-valuetext=${f(d)}
      style="left:${u}%"
      @pointerdown=${o=>this.dragHandle(o,n)}
      @keydown=${o=>this.handleKey(o,n)}
    ></div>`,c=this.wave.trim_region_color?`;background:${this.wave.trim_region_color}`:"";return l`<div class="gr-audio-region" style="left:${r}%;width:${a-r}%${c}"></div>${s(0,i,r)}${s(1,e,a)}`}recorder(){let t=this.wave.show_recording_waveform!==!1,i=this.progress!=null;return l`<div class="gr-media-rec">
      ${t&&this.recording?l`<canvas class="gr-audio-meter" aria-hidden="true"></canvas>`:v}
      <div class="gr-media-rec-row">
        ${this.recording?l`<button type="button" class="gr-button gr-stop gr-sm" @click=${this.stopRecording}><span class="gr-rec-dot" aria-hidden="true"></span>Stop</button>`:l`<button type="button" class="gr-button gr-secondary gr-sm" ?disabled=${i} @click=${this.startRecording}>
              <span class="gr-rec-dot" aria-hidden="true"></span>Record
            </button>`}
        ${this.recording?l`<span class="gr-media-clock">${f(this.elapsed)}</span>`:v}
      </div>
      ${this.progressBar()}
    </div>`}updated(){let t=this.querySelector(".gr-audio-wave");t&&!this.resize?(this.resize=new ResizeObserver(()=>this.draw()),this.resize.observe(t)):!t&&this.resize&&(this.resize.disconnect(),this.resize=void 0),this.draw();let i=this.audio;this.autoplayNext&&i&&(this.autoplayNext=!1,i.play().catch(()=>{}))}disconnectedCallback(){super.disconnectedCallback(),cancelAnimationFrame(this.raf),this.resize?.disconnect(),this.resize=void 0}now(){return this.audio?.currentTime??this.time}toggle(){let t=this.audio;t&&(t.paused?t.play().catch(i=>this.error=`Cannot play: ${i?.message??i}`):t.pause())}seek(t){let i=this.audio,e=this.dur;!i||e<=0||(i.currentTime=Math.max(0,Math.min(e,t)),this.time=i.currentTime,this.draw())}onPlay(){this.playing=!0,this.emit("play");let t=()=>{this.draw(),this.playing&&(this.raf=requestAnimationFrame(t))};cancelAnimationFrame(this.raf),this.raf=requestAnimationFrame(t)}onPause(t){this.playing=!1,this.onTime(),t.target.ended||this.emit("pause")}onTime(){this.time=this.audio?.currentTime??0,this.playing||this.draw()}onMeta(){this.duration=this.audio?.duration??0}fraction(t,i){let e=i.getBoundingClientRect();return e.width>0?Math.max(0,Math.min(1,(t.clientX-e.left)/e.width)):0}onWaveDown(t){if(t.button!==0)return;let i=t.currentTarget;i.setPointerCapture?.(t.pointerId);let e=r=>this.seek(this.fraction(r,i)*this.dur);e(t),i.onpointermove=e,i.onpointerup=i.onlostpointercapture=()=>i.onpointermove=i.onpointerup=i.onlostpointercapture=null}onSeekKey(t){let i=this.now(),e=y(this.wave.skip_length,5)||5,r={ArrowLeft:i-1,ArrowDown:i-1,ArrowRight:i+1,ArrowUp:i+1,PageDown:i-e,PageUp:i+e,Home:0,End:this.dur};if(t.key in r)this.seek(r[t.key]);else if(t.key===" "||t.key==="Enter")this.toggle();else return;t.preventDefault()}draw(){let t=this.querySelector(".gr-audio-canvas");if(!t)return;let i=devicePixelRatio||1,e=Math.round(t.clientWidth*i),r=Math.round(t.clientHeight*i);if(!e||!r)return;(t.width!==e||t.height!==r)&&(t.width=e,t.height=r);let a=t.getContext("2d");if(!a)return;let[s,c]=this.colors(),n=this.dur,d=n>0?this.now()/n*e:0,u=Math.max(1,Math.round(2*i)),o=u+Math.max(1,Math.round(i)),m=Math.max(1,Math.floor(e/o));this.decoded&&this.peaks?.length!==m&&(this.peaks=D(this.decoded,m));let E=this.decoded?this.peaks:null;a.clearRect(0,0,e,r);for(let g=0;g<m;g++){let A=g*o,R=Math.max(u,(E?E[g]:0)*r*.92);a.fillStyle=A<d?c:s,a.fillRect(A,(r-R)/2,u,R)}}colors(){let t=getComputedStyle(this);return[this.wave.waveform_color||t.getPropertyValue("--gr-wave").trim()||"#a1a1aa",this.wave.waveform_progress_color||t.getPropertyValue("--gr-primary").trim()||"#f97316"]}startTrim(){let t=this.dur;this.audio?.pause(),this.trim=[t*.25,t*.75],this.updateComplete.then(()=>this.querySelector(".gr-audio-handle")?.focus())}setEdge(t,i){if(!this.trim)return;let e=this.dur,r=Math.min(.05,e/2),[a,s]=this.trim;this.trim=t===0?[Math.max(0,Math.min(i,s-r)),s]:[a,Math.min(e,Math.max(i,a+r))]}dragHandle(t,i){t.stopPropagation(),t.preventDefault();let e=t.currentTarget,r=e.parentElement;e.focus(),e.setPointerCapture?.(t.pointerId),e.onpointermove=a=>this.setEdge(i,this.fraction(a,r)*this.dur),e.onpointerup=e.onlostpointercapture=()=>e.onpointermove=e.onpointerup=e.onlostpointercapture=null}handleKey(t,i){if(!this.trim)return;let e=this.trim[i],r=t.shiftKey?1:.1,a={ArrowLeft:e-r,ArrowDown:e-r,ArrowRight:e+r,ArrowUp:e+r,Home:0,End:this.dur};if(t.key in a)this.setEdge(i,a[t.key]);else if(t.key==="Enter")this.applyTrim();else if(t.key==="Escape")this.trim=null;else return;t.preventDefault()}async applyTrim(){let t=this.decoded,i=this.trim;if(!t||!i||!w(this.value))return;let e=Math.floor(i[0]*t.sampleRate),r=Math.min(t.length,Math.ceil(i[1]*t.sampleRate)),a=M(t,e,r),s=k(this.value).replace(/\.[^.]*$/,"")+".wav";this.trim=null;let c=new AudioBuffer({length:Math.max(1,r-e),numberOfChannels:t.numberOfChannels,sampleRate:t.sampleRate});a.forEach((n,d)=>c.copyToChannel(n,d)),await this.commit(new File([$(a,t.sampleRate)],s,{type:"audio/wav"}),n=>this.adopt(n,c))&&(this.status=`Trimmed to ${f(c.duration)}`)}async prepare(t){if((this.props.format??"wav")!=="wav"||/wav/i.test(t.type)||/\.wav$/i.test(t.name)||t.size>32e6)return[t];this.status="Converting to WAV";let e=await b(await t.arrayBuffer(),this.rate),r=$(M(e),e.sampleRate),a=t.name.replace(/\.[^.]*$/,"")+".wav";return[new File([r],a,{type:"audio/wav"}),s=>this.adopt(s,e)]}adopt(t,i){this.loaded=this.host.fileURL(t),this.decoded=i,this.peaks=null,this.time=0,this.duration=i.duration,this.playing=!1}async startRecording(){if(this.recording)return;this.error="";try{this.stream=await B({audio:!0},"microphone"),this.rec=new U(this.stream,["audio/webm;codecs=opus","audio/webm","audio/ogg;codecs=opus","audio/mp4"])}catch(e){this.stopCapture(),this.error=e.message;return}this.recording=!0,this.elapsed=0;let t=performance.now();this.tick=window.setInterval(()=>this.elapsed=(performance.now()-t)/1e3,250),this.status="Recording",this.emit("start_recording"),await this.updateComplete;let i=this.querySelector(".gr-audio-meter");i&&this.stream&&(this.meter=new S(this.stream,i,this.colors()[1])),this.querySelector(".gr-media-rec .gr-stop")?.focus()}async stopRecording(){let t=this.rec;if(!t)return;this.rec=null;let i=await t.stop();this.stopCapture(),this.emit("stop_recording"),this.status="Recording stopped; saving";try{let e=await b(await i.arrayBuffer(),this.rate),r=$(M(e),e.sampleRate);await this.commit(new File([r],"recording.wav",{type:"audio/wav"}),a=>this.adopt(a,e))?(this.status=`Recording saved, ${f(e.duration)}`,this.updateComplete.then(()=>this.querySelector("[data-focus]")?.focus())):this.status=""}catch(e){this.error=`The recording could not be read: ${e?.message??e}`,this.status=""}}stopCapture(){this.rec&&this.rec.stop().catch(()=>{}),this.rec=null,this.meter?.stop(),this.meter=null,H(this.stream),this.stream=null,clearInterval(this.tick),this.recording=!1}};function D(h,p){let t=new Float32Array(p),i=h.length;for(let r=0;r<h.numberOfChannels;r++){let a=h.getChannelData(r);for(let s=0;s<p;s++){let c=Math.floor(s*i/p),n=Math.max(c+1,Math.floor((s+1)*i/p)),d=Math.max(1,(n-c)/512|0),u=t[s];for(let o=c;o<n&&o<i;o+=d){let m=Math.abs(a[o]);m>u&&(u=m)}t[s]=u}}let e=0;for(let r=0;r<p;r++)t[r]>e&&(e=t[r]);if(e>0)for(let r=0;r<p;r++)t[r]/=e;return t}C("audio",x);export{x as AudioView};
