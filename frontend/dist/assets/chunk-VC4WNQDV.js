import{a as c}from"./chunk-ZFITRCAI.js";import"./chunk-6VDU4B6A.js";import{a as d,b as f}from"./chunk-NCJSEHBS.js";import{c as h}from"./chunk-P7YIV3HJ.js";import{j as l,n as a}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var u=n=>String(n).padStart(2,"0");function m(n,o){let t=o?/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(n):/^(\d{4})-(\d{2})-(\d{2})$/.exec(n);if(!t)return!1;let[e,i,s]=[Number(t[1]),Number(t[2]),Number(t[3])],r=new Date(Date.UTC(e,i-1,s));return r.getUTCFullYear()!==e||r.getUTCMonth()!==i-1||r.getUTCDate()!==s?!1:!o||Number(t[4])<24&&Number(t[5])<60&&Number(t[6])<60}var g=/^now(\s*-\s*\d+(\.\d+)?\s*[smhdw])?$/;function v(n,o,t){let e=new Date(n*1e3),i;try{i=Object.fromEntries(new Intl.DateTimeFormat("en-CA",{timeZone:t,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit",hourCycle:"h23"}).formatToParts(e).map(r=>[r.type,r.value]))}catch{i={year:String(e.getFullYear()),month:u(e.getMonth()+1),day:u(e.getDate()),hour:u(e.getHours()),minute:u(e.getMinutes()),second:u(e.getSeconds())}}let s=`${i.year}-${i.month}-${i.day}`;return o?`${s} ${i.hour}:${i.minute}:${i.second}`:s}var p=class extends d{constructor(){super(...arguments);this.draft=null}static{this.properties={...d.properties,draft:{state:!0}}}get withTime(){return this.props.include_time!==!1}get shown(){let t=this.value;return typeof t=="number"&&Number.isFinite(t)?v(t,this.withTime,this.props.timezone||void 0):typeof t=="string"?t:""}willUpdate(t){t.has("value")&&(this.draft=null)}error(t){let e=t.trim();return e===""||g.test(e)||m(e,this.withTime)?"":this.withTime?"Enter a date and time as YYYY-MM-DD HH:MM:SS.":"Enter a date as YYYY-MM-DD."}render(){let t=this.props,e=this.draft??this.shown,i=this.draft!=null?this.error(this.draft):"",s=m(this.shown,this.withTime)?this.withTime?this.shown.replace(" ","T"):this.shown:"";return l`${this.label()}
      <div class="gr-datetime">
        <input
          id=${this.uid}
          class="gr-input gr-datetime-text"
          part="input"
          inputmode="numeric"
          spellcheck="false"
          autocomplete="off"
          placeholder=${this.withTime?"YYYY-MM-DD HH:MM:SS":"YYYY-MM-DD"}
          .value=${c(e)}
          ?readonly=${!this.interactive}
          aria-invalid=${i?"true":a}
          aria-describedby=${[t.info?`${this.uid}-info`:"",i?`${this.uid}-err`:""].filter(Boolean).join(" ")||a}
          @input=${r=>this.draft=r.target.value}
          @keydown=${this.onKeydown}
          @focus=${()=>this.emit("focus")}
          @blur=${this.onBlur}
        />
        ${this.interactive?l`<span class="gr-datetime-pick">
              <button type="button" class="gr-icon-button gr-datetime-btn" part="button picker" aria-label=${h("datetime.pick")} title=${h("datetime.pick")} @click=${this.openPicker}>
                <svg class="gr-img-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zM16 2v4M8 2v4M3 10h18" /></svg>
              </button>
              <input
                class="gr-datetime-native"
                type=${this.withTime?"datetime-local":"date"}
                step=${this.withTime?"1":a}
                tabindex="-1"
                aria-hidden="true"
                .value=${c(s)}
                @change=${this.onPick}
              />
            </span>`:a}
      </div>
      ${i?l`<div id="${this.uid}-err" class="gr-field-error" role="alert">${i}</div>`:a}`}commit(){if(this.draft==null)return!0;let t=this.draft.trim();if(this.error(t))return!1;this.draft=null;let e=m(t,this.withTime)?t.replace("T"," "):t;return e!==this.value&&this.userValue(e),!0}onKeydown(t){if(t.key==="Escape"&&this.draft!=null){this.draft=null;return}t.key!=="Enter"||t.isComposing||!this.interactive||(t.preventDefault(),this.commit()&&this.emit("submit"))}onBlur(){this.commit(),this.emit("blur")}openPicker(t){let e=t.currentTarget.nextElementSibling;if(e)try{e.showPicker()}catch{e.focus(),e.click()}}onPick(t){let e=t.target.value;if(!e)return;let i=e.replace("T"," ");this.withTime&&/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(i)&&(i+=":00"),this.draft=null,i!==this.value&&this.userValue(i),this.querySelector(".gr-datetime-text")?.focus()}};f("datetime",p);export{p as DateTime,m as validDateTime};
