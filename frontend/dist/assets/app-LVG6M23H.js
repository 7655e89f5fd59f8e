import{a as w}from"./chunk-ZFITRCAI.js";import{a as T}from"./chunk-LRDWXXCF.js";import{a as P,b as gt}from"./chunk-G4DNXWTI.js";import"./chunk-VPFV7AWK.js";import{c as vt,d as yt}from"./chunk-4BY5VSFZ.js";import{a as bt}from"./chunk-WPMDZ3VC.js";import"./chunk-6VDU4B6A.js";import{b as $t,c as R}from"./chunk-XI3VJUFF.js";import{a as S,b as k,c as x,d as E,e as M,f as G,g as ft,h as A,i as L,j as I}from"./chunk-SUUXRMRK.js";import{a as f,b as v,c as dt,d as $,e as ht}from"./chunk-3UGDZR3N.js";import{a as z,b as mt,c,d as C}from"./chunk-BRUYWUSU.js";import{j as l,n as p,p as ut}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var V=class extends f{render(){return l`${this.label(null)}
      <div class="gr-fallback">${c("app.unsupported",{kind:String(this.props.kind)})}</div>`}};v("fallback",V);var K=class extends f{render(){let i=this.props,t=i.lines??1,e={placeholder:i.placeholder??"",dir:i.rtl?"rtl":"auto",readonly:!this.interactive},s=t<=1?this.input(e):l`<textarea
              id=${this.uid}
              class="gr-input gr-textarea"
              rows=${t}
              .value=${w(this.value??"")}
              placeholder=${e.placeholder}
              dir=${e.dir}
              ?readonly=${e.readonly}
              maxlength=${i.max_length??p}
              aria-describedby=${i.info?this.uid+"-info":p}
              @input=${this.onInput}
              @keydown=${this.onKeydown}
              @focus=${()=>this.emit("focus")}
              @blur=${()=>this.emit("blur")}
              @select=${()=>this.emit("select")}
            ></textarea>`;return l`${this.label()}
      <div class="gr-input-row">
        ${s}
        ${(i.buttons??[]).includes("copy")?P(()=>this.value??""):p}
        ${i.submit_btn&&this.interactive?l`<button type="button" class="gr-button gr-primary gr-sm" @click=${()=>this.emit("submit")}>
              ${typeof i.submit_btn=="string"?i.submit_btn:c("button.submit")}
            </button>`:p}
        ${i.stop_btn?l`<button type="button" class="gr-button gr-stop gr-sm" @click=${()=>this.emit("stop")}>
              ${typeof i.stop_btn=="string"?i.stop_btn:c("button.stop")}
            </button>`:p}
      </div>`}input(i){let t=this.props;return l`<input
      id=${this.uid}
      class="gr-input"
      type=${t.type==="password"||t.type==="email"?t.type:"text"}
      .value=${w(this.value??"")}
      placeholder=${i.placeholder}
      dir=${i.dir}
      ?readonly=${i.readonly}
      ?autofocus=${t.autofocus}
      maxlength=${t.max_length??p}
      aria-describedby=${t.info?this.uid+"-info":p}
      @input=${this.onInput}
      @keydown=${this.onKeydown}
      @focus=${()=>this.emit("focus")}
      @blur=${()=>this.emit("blur")}
      @select=${()=>this.emit("select")}
    />`}onInput(i){this.userValue(i.target.value),i.target instanceof HTMLTextAreaElement&&wt(i.target,this.props.max_lines??20)}onKeydown(i){if(i.key!=="Enter"||i.isComposing)return;let t=i.target instanceof HTMLInputElement;(t&&!i.shiftKey||!t&&(i.ctrlKey||i.metaKey))&&(i.preventDefault(),this.interactive&&this.emit("submit"))}updated(){let i=this.querySelector("textarea");i&&wt(i,this.props.max_lines??20)}};function wt(o,i){let t=parseFloat(getComputedStyle(o).lineHeight)||20;o.style.height="auto";let e=t*i+16;o.style.height=`${Math.min(o.scrollHeight+2,e)}px`,o.style.overflowY=o.scrollHeight>e?"auto":"hidden"}v("textbox",K);var U=class extends f{render(){let i=this.props,t=()=>{i.link&&window.open(i.link,i.link_target??"_self"),this.emit("click")};return l`<button
      type="button"
      class="gr-button gr-${i.variant??"secondary"} gr-${i.size??"lg"}"
      ?disabled=${!this.interactive}
      @click=${t}
    >
      ${i.icon?l`<img class="gr-button-icon" src=${i.icon} alt="" />`:p}${C(this.value??i.value??"Run")}
    </button>`}};v("button",U);var J=class extends f{render(){let i=this.props;return l`${this.label()}
      <input
        id=${this.uid}
        class="gr-input gr-number"
        type="number"
        inputmode="decimal"
        min=${i.minimum??p}
        max=${i.maximum??p}
        step=${i.step??"any"}
        placeholder=${i.placeholder??""}
        ?readonly=${!this.interactive}
        aria-describedby=${i.info?this.uid+"-info":p}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @focus=${()=>this.emit("focus")}
        @blur=${()=>this.emit("blur")}
      />`}updated(i){if(!i.has("value"))return;let t=this.querySelector("input");if(!t)return;let e=typeof this.value=="number"?this.value:E(String(this.value??""));E(t.value)!==e&&(t.value=gt(e))}onInput(i){let t=i.target;if(t.validity.badInput)return;let e=E(t.value);e!==this.value&&this.userValue(e)}onKeydown(i){i.key!=="Enter"||i.isComposing||(i.preventDefault(),this.interactive&&this.emit("submit"))}};v("number",J);var Dt=new Set(["ArrowLeft","ArrowRight","ArrowUp","ArrowDown","Home","End","PageUp","PageDown"]),B=class extends f{constructor(){super(...arguments);this.initial=null;this.committed=""}get bounds(){let t=M(this.props.minimum,0),e=M(this.props.maximum,100),s=M(this.props.step,1);return{min:t,max:e>t?e:t+100,step:s>0?s:1}}get current(){let{min:t,max:e}=this.bounds,s=M(this.value,t);return Math.min(e,Math.max(t,s))}willUpdate(t){t.has("value")&&this.initial==null&&this.value!=null&&(this.initial=M(this.value,0))}render(){let t=this.props,{min:e,max:s,step:n}=this.bounds,r=this.current,a=s>e?(r-e)/(s-e)*100:0,u=(t.buttons??[]).includes("reset"),d=t.info?this.uid+"-info":p;return l`<div class="gr-slider-head">
        ${this.label(this.uid+"-number")}
        <div class="gr-slider-controls">
          <input
            id=${this.uid+"-number"}
            class="gr-input gr-slider-number"
            type="number"
            inputmode="decimal"
            min=${e}
            max=${s}
            step=${n}
            ?readonly=${!this.interactive}
            aria-describedby=${d}
            @input=${this.onNumberInput}
            @change=${this.onNumberCommit}
            @keydown=${b=>b.key==="Enter"&&this.onNumberCommit(b)}
          />
          ${u?l`<button
                type="button"
                class="gr-icon-button gr-slider-reset"
                aria-label=${c("common.reset_to",{value:String(this.initial??e)})}
                title=${c("common.reset")}
                ?disabled=${!this.interactive}
                @click=${this.onReset}
              >
                ↺
              </button>`:p}
        </div>
      </div>
      <input
        class="gr-slider-range"
        type="range"
        min=${e}
        max=${s}
        step=${n}
        .value=${w(String(r))}
        style="--gr-fill: ${a}%"
        ?disabled=${!this.interactive}
        aria-label=${t.label||c("common.value")}
        aria-describedby=${d}
        @input=${this.onRangeInput}
        @pointerup=${()=>this.interactive&&this.emit("release",this.current)}
        @keyup=${b=>this.interactive&&Dt.has(b.key)&&this.emit("release",this.current)}
      />
      <div class="gr-slider-bounds" aria-hidden="true"><span>${e}</span><span>${s}</span></div>`}updated(){let t=this.querySelector(".gr-slider-number");!t||document.activeElement===t||(t.value===""||E(t.value)!==this.current)&&(t.value=String(this.current))}set(t){let{min:e,max:s,step:n}=this.bounds,r=Math.min(s,Math.max(e,e+Math.round((t-e)/n)*n)),a=Number(r.toFixed(Math.min(20,Math.max(G(n),G(e)))));a!==this.value&&this.userValue(a)}onRangeInput(t){this.set(Number(t.target.value));let e=this.querySelector(".gr-slider-number");e&&(e.value=String(this.current))}onNumberInput(t){let e=t.target;this.committed="";let s=E(e.value),{min:n,max:r}=this.bounds;s!=null&&s>=n&&s<=r&&s!==this.value&&this.userValue(s)}onNumberCommit(t){let e=t.target;if(!this.interactive||e.value===this.committed)return;let s=E(e.value);if(s==null){e.value=String(this.current);return}let{min:n,max:r}=this.bounds,a=Math.min(r,Math.max(n,s));a!==this.value&&this.userValue(a),e.value=String(a),this.committed=e.value,this.emit("release",a)}onReset(){let t=this.initial??this.bounds.min;t!==this.value&&this.userValue(t)}};v("slider",B);var W=class extends f{render(){let i=this.props,t=i.show_label===!1;return l`${i.info?l`<div class="gr-info gr-checkbox-info" id=${this.uid+"-info"}>${i.info}</div>`:p}
      <label class="gr-check ${this.interactive?"":"gr-disabled"}">
        <input
          id=${this.uid}
          type="checkbox"
          .checked=${w(this.value===!0)}
          ?disabled=${!this.interactive}
          aria-label=${t&&i.label?i.label:p}
          aria-describedby=${i.info?this.uid+"-info":p}
          @change=${this.onChange}
        />
        ${i.label&&!t?l`<span>${i.label}</span>`:p}
      </label>`}onChange(i){let t=i.target.checked;this.userValue(t),this.emit("select",{index:null,value:this.props.label??null,selected:t})}};v("checkbox",W);var X=class extends f{render(){let i=this.props,t=S(i.choices),e=x(this.value),s=u=>e.some(d=>k(d,u)),n=t.filter(([,u])=>s(u)).length,r=t.length>0&&n===t.length,a=n>0&&!r;return l`${this.label(null)}
      <div
        class="gr-choices"
        role="group"
        aria-labelledby=${i.label?this.uid+"-label":p}
        aria-describedby=${i.info?this.uid+"-info":p}
      >
        ${i.show_select_all&&t.length>1?l`<label class="gr-check gr-choice gr-select-all ${this.interactive?"":"gr-disabled"}">
              <input
                type="checkbox"
                .checked=${w(r)}
                .indeterminate=${a}
                ?disabled=${!this.interactive}
                @change=${u=>this.setAll(u.target.checked)}
              />
              <span>${c("checkbox.select_all")}</span>
            </label>`:p}
        ${t.map(([u,d],b)=>l`<label class="gr-check gr-choice ${this.interactive?"":"gr-disabled"}">
            <input
              type="checkbox"
              name=${this.uid}
              value=${String(d)}
              .checked=${w(s(d))}
              ?disabled=${!this.interactive}
              @change=${h=>this.toggle(b,d,h.target.checked)}
            />
            <span>${u}</span>
          </label>`)}
      </div>`}toggle(i,t,e){let s=x(this.value).filter(n=>!k(n,t));this.userValue(e?[...s,t]:s),this.emit("select",{index:i,value:t,selected:e})}setAll(i){let t=x(this.value),e=S(this.props.choices).map(([,s])=>s).filter(s=>!t.some(n=>k(n,s)));this.userValue(i?[...t,...e]:[])}};v("checkboxgroup",X);var Y=class extends f{render(){let i=this.props,t=S(i.choices);return l`${this.label(null)}
      <div
        class="gr-choices"
        role="radiogroup"
        dir=${i.rtl?"rtl":p}
        aria-labelledby=${i.label?this.uid+"-label":p}
        aria-describedby=${i.info?this.uid+"-info":p}
      >
        ${t.map(([e,s],n)=>l`<label class="gr-check gr-choice ${this.interactive?"":"gr-disabled"}">
            <input
              type="radio"
              name=${this.uid}
              value=${String(s)}
              .checked=${w(k(this.value,s))}
              ?disabled=${!this.interactive}
              @change=${()=>this.choose(n,s)}
            />
            <span>${e}</span>
          </label>`)}
      </div>`}choose(i,t){this.userValue(t),this.emit("select",{index:i,value:t,selected:!0})}};v("radio",Y);var Z=class extends f{constructor(){super(...arguments);this.open=!1;this.query=null;this.active=-1;this.scrollActive=!1}static{this.properties={...f.properties,open:{state:!0},query:{state:!0},active:{state:!0}}}get multi(){return this.props.multiselect===!0}get options(){return S(this.props.choices).map(([t,e],s)=>({label:t,value:e,index:s}))}get filtered(){let t=this.query?.trim().toLowerCase();return!t||this.props.filterable===!1?this.options:this.options.filter(e=>e.label.toLowerCase().includes(t))}get selected(){return this.multi?x(this.value):this.value==null?[]:[this.value]}isSelected(t){return this.selected.some(e=>k(e,t))}labelOf(t){return this.options.find(e=>k(e.value,t))?.label??String(t)}get full(){let t=this.props.max_choices;return this.multi&&typeof t=="number"&&t>0&&this.selected.length>=t}render(){let t=this.props,e=`${this.uid}-list`,s=this.open&&this.interactive?this.filtered:[],n=this.open&&this.active>=0&&this.active<s.length?`${this.uid}-opt-${this.active}`:null,r=this.query??(this.multi||this.value==null?"":this.labelOf(this.value)),a=this.interactive&&(t.filterable!==!1||t.allow_custom_value===!0);return l`${this.label()}
      <div class="gr-dropdown ${this.open?"gr-dropdown-open":""}">
        <div class="gr-input gr-dropdown-field ${this.interactive?"":"gr-readonly"}" @mousedown=${this.onFieldMousedown} @click=${this.onFieldClick}>
          ${this.multi?this.selected.map(u=>l`<span class="gr-chip"
                  >${this.labelOf(u)}${this.interactive?l`<button
                        type="button"
                        class="gr-chip-remove"
                        aria-label=${c("common.remove_item",{name:String(this.labelOf(u))})}
                        @click=${d=>{d.stopPropagation();let b=document.activeElement===d.currentTarget;this.unselect(u),b&&this.input?.focus()}}
                      >
                        ×
                      </button>`:p}</span
                >`):p}
          <input
            id=${this.uid}
            class="gr-dropdown-input"
            role="combobox"
            autocomplete="off"
            aria-autocomplete=${t.filterable===!1?"none":"list"}
            aria-expanded=${this.open?"true":"false"}
            aria-controls=${e}
            aria-activedescendant=${n??p}
            aria-describedby=${t.info?this.uid+"-info":p}
            aria-readonly=${this.interactive?p:"true"}
            .value=${w(r)}
            placeholder=${this.multi&&this.selected.length>0?"":t.placeholder??""}
            ?readonly=${!a}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @focus=${this.onFocus}
            @blur=${this.onBlur}
          />
          <span class="gr-dropdown-caret" aria-hidden="true"></span>
        </div>
        <ul
          id=${e}
          class="gr-listbox"
          role="listbox"
          aria-label=${t.label||c("dropdown.choices")}
          aria-multiselectable=${this.multi?"true":p}
          ?hidden=${!this.open||s.length===0}
          @mousedown=${u=>u.preventDefault()}
        >
          ${s.map((u,d)=>{let b=this.isSelected(u.value),h=!b&&this.full;return l`<li
              id=${`${this.uid}-opt-${d}`}
              class="gr-option ${d===this.active?"gr-active":""}"
              role="option"
              aria-selected=${b?"true":"false"}
              aria-disabled=${h?"true":p}
              @click=${()=>this.choose(u)}
              @mousemove=${()=>{this.active!==d&&(this.active=d)}}
            >
              <span class="gr-option-check" aria-hidden="true">${b?"✓":""}</span>${u.label}
            </li>`})}
        </ul>
        ${this.open&&this.interactive&&s.length===0?l`<div class="gr-listbox gr-listbox-empty" role="status">
              ${this.full?c("dropdown.max_choices",{n:t.max_choices}):t.allow_custom_value&&this.query?.trim()?c("dropdown.press_enter",{value:this.query.trim()}):c("dropdown.no_match")}
            </div>`:p}
      </div>`}updated(t){t.has("active")&&this.scrollActive&&this.active>=0&&(this.scrollActive=!1,this.querySelector(`#${this.uid}-opt-${this.active}`)?.scrollIntoView({block:"nearest"}))}get input(){return this.querySelector(".gr-dropdown-input")}show(){if(!this.interactive||this.open)return;this.open=!0;let t=this.filtered,e=this.multi?-1:t.findIndex(s=>this.isSelected(s.value));this.active=e>=0?e:t.length>0?0:-1,this.scrollActive=!0}hide(){this.open=!1,this.active=-1}move(t){let e=this.filtered.length;e!==0&&(this.active=Math.max(0,Math.min(e-1,t)),this.scrollActive=!0)}onFieldMousedown(t){let e=this.input;!this.interactive||!e||t.target===e||(t.preventDefault(),document.activeElement!==e&&e.focus())}onFieldClick(t){this.interactive&&(t.target!==this.input&&this.open?this.hide():this.show())}onFocus(){!this.multi&&this.interactive&&this.input?.select(),this.emit("focus")}onBlur(){let t=this.query?.trim();this.props.allow_custom_value&&t&&this.custom(t),this.query=null,this.hide(),this.emit("blur")}onInput(t){this.query=t.target.value,this.open=!0,this.active=this.filtered.length>0?0:-1,this.scrollActive=!0}onKeydown(t){if(!this.interactive||t.isComposing)return;let e=this.filtered;switch(t.key){case"ArrowDown":t.preventDefault(),!this.open||t.altKey?this.show():this.move(this.active+1);break;case"ArrowUp":t.preventDefault(),this.open?t.altKey?this.hide():this.move(this.active-1):this.show();break;case"Home":case"End":if(!this.open||this.query)return;t.preventDefault(),this.move(t.key==="Home"?0:e.length-1);break;case"PageDown":case"PageUp":if(!this.open)return;t.preventDefault(),this.move(this.active+(t.key==="PageDown"?10:-10));break;case"Enter":{let s=this.query?.trim();this.open&&this.active>=0&&this.active<e.length?(t.preventDefault(),this.choose(e[this.active])):this.props.allow_custom_value&&s?(t.preventDefault(),this.custom(s),this.query=null,this.multi||this.hide()):this.open||(t.preventDefault(),this.show());break}case"Escape":(this.open||this.query!=null)&&(t.preventDefault(),this.query=null,this.hide());break;case"Backspace":this.multi&&!this.input?.value&&this.selected.length>0&&(t.preventDefault(),this.unselect(this.selected[this.selected.length-1]));break;case"Tab":this.hide();break}}choose(t){if(this.multi){let e=this.isSelected(t.value);if(!e&&this.full)return;let s=this.selected.filter(n=>!k(n,t.value));this.userValue(e?s:[...s,t.value]),this.emit("select",{index:t.index,value:t.value,selected:!e}),this.query&&(this.query=null,this.active=this.filtered.findIndex(n=>n.index===t.index));return}this.query=null,this.hide(),k(this.value,t.value)||this.userValue(t.value),this.emit("select",{index:t.index,value:t.value,selected:!0}),this.updateComplete.then(()=>{let e=this.input;e&&document.activeElement===e&&e.select()})}custom(t){let e=this.options.find(s=>s.label===t);if(e){(!this.isSelected(e.value)||!this.multi)&&this.choose(e);return}if(this.multi){if(this.isSelected(t)||this.full)return;this.userValue([...this.selected,t])}else{if(k(this.value,t))return;this.userValue(t)}this.emit("select",{index:null,value:t,selected:!0})}unselect(t){this.userValue(this.selected.filter(s=>!k(s,t)));let e=this.options.find(s=>k(s.value,t));this.emit("select",{index:e?.index??null,value:t,selected:!1})}};v("dropdown",Z);var Q=class extends f{constructor(){super(...arguments);this.cache={key:"",html:""}}render(){let t=this.props,e=typeof this.value=="string"?this.value:this.value==null?"":String(this.value),s=[t.min_height!=null?`min-height:${T(t.min_height)}`:"",t.max_height!=null?`max-height:${T(t.max_height)};overflow:auto`:""].filter(Boolean).join(";");return l`${t.show_label===!0?this.label(null):p}
      <div
        class="gr-html ${t.padding?"gr-html-padded":""}"
        style=${s||p}
        aria-labelledby=${t.show_label===!0&&t.label?this.uid+"-label":p}
        @click=${()=>this.emit("click")}
      >
        ${bt(this.rendered(e))}
      </div>`}rendered(t){let e=this.props.sanitize_html!==!1,s=`${e}|${t}`;return this.cache.key!==s&&(this.cache={key:s,html:e?yt(t):t}),this.cache.html}};v("html",Q);var tt=class extends f{render(){let i=this.props,t=this.value,e=t==null,s=(i.buttons??[]).includes("copy"),n=i.height!=null?`height:${T(i.height)}`:i.max_height!=null?`max-height:${T(i.max_height)}`:"";return l`${this.label(null)}
      ${e?p:l`<div class="gr-json" role="group" aria-labelledby=${i.label?this.uid+"-label":p}>
            ${s?l`<div class="gr-json-buttons">${P(()=>JSON.stringify(this.value,null,2))}</div>`:p}
            <div class="gr-json-tree" style=${n||p}>${this.node(null,t,0,!0)}</div>
          </div>`}`}node(i,t,e,s){let n=s?p:l`<span class="gr-json-punct">,</span>`,r=i==null?p:typeof i=="number"?l`<span class="gr-json-index">${i}</span><span class="gr-json-punct">: </span>`:l`<span class="gr-json-key">${JSON.stringify(i)}</span><span class="gr-json-punct">: </span>`;if(t===null||typeof t!="object")return l`<div class="gr-json-line">${r}${Ht(t)}${n}</div>`;let a=Array.isArray(t),u=a?t.map((g,y)=>[this.props.show_indices?y:null,g]):Object.entries(t),[d,b]=a?["[","]"]:["{","}"];if(u.length===0)return l`<div class="gr-json-line">${r}<span class="gr-json-punct">${d}${b}</span>${n}</div>`;let h=u.length,m=a?`${h} item${h===1?"":"s"}`:`${h} key${h===1?"":"s"}`;return l`<details class="gr-json-node" ?open=${this.props.open===!0||e===0}>
      <summary>
        ${r}<span class="gr-json-punct">${d}</span
        ><span class="gr-json-collapsed"
          ><span class="gr-json-preview">${m}</span><span class="gr-json-punct">${b}</span>${n}</span
        >
      </summary>
      <div class="gr-json-children">${u.map(([g,y],_)=>this.node(g,y,e+1,_===h-1))}</div>
      <div class="gr-json-line gr-json-close"><span class="gr-json-punct">${b}</span>${n}</div>
    </details>`}};function Ht(o){if(o===null)return l`<span class="gr-json-null">null</span>`;switch(typeof o){case"string":return l`<span class="gr-json-string">${JSON.stringify(o)}</span>`;case"number":return l`<span class="gr-json-number">${String(o)}</span>`;case"boolean":return l`<span class="gr-json-boolean">${String(o)}</span>`}return l`<span class="gr-json-null">${String(o)}</span>`}v("json",tt);var et=class extends f{render(){let i=this.props,t=this.value;if(t==null)return l`${this.label(null)}`;let e=typeof t=="object"?t.label:t,s=typeof t=="object"&&Array.isArray(t.confidences)?t.confidences:[],n=e!=null&&e!==""&&(i.show_heading!==!1||s.length===0);return l`${this.label(null)}
      <div class="gr-classification" role="group" aria-labelledby=${i.label?this.uid+"-label":p}>
        ${n?l`<div class="gr-classification-top">${String(e)}</div>`:p}
        ${s.length>0?l`<ul class="gr-confidences">
              ${s.map((r,a)=>{let u=Math.max(0,Math.min(1,Number(r.confidence)||0))*100,d=`${Math.round(Number(r.confidence)*100)}%`;return l`<li>
                  <button
                    type="button"
                    class="gr-confidence ${r.label===e?"gr-confidence-top":""}"
                    aria-label="${r.label}: ${d}"
                    @click=${()=>this.emit("select",{index:a,value:r.label})}
                  >
                    <span class="gr-confidence-text"><span class="gr-confidence-name">${r.label}</span><span class="gr-confidence-pct">${d}</span></span>
                    <span class="gr-confidence-track" aria-hidden="true"><span class="gr-confidence-bar" style="width:${u}%"></span></span>
                  </button>
                </li>`})}
            </ul>`:p}
      </div>`}};v("label",et);var it=class extends f{constructor(){super(...arguments);this.handle=null;this.running=null}render(){return p}get interval(){if(this.props.active===!1)return null;let t=this.value==null?1:Number(this.value);return Number.isFinite(t)&&t>0?t*1e3:null}updated(){this.isConnected&&this.interval!==this.running&&this.restart()}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this.restart()}disconnectedCallback(){super.disconnectedCallback(),this.stop()}restart(){this.stop();let t=this.interval;t!=null&&(this.running=t,this.handle=setInterval(()=>this.emit("tick"),t))}stop(){this.handle!=null&&clearInterval(this.handle),this.handle=null,this.running=null}};v("timer",it);var st=class extends f{constructor(){super(...arguments);this.uploading=!1;this.dragging=!1;this.error=""}static{this.properties={...f.properties,uploading:{state:!0},dragging:{state:!0},error:{state:!0}}}get multiple(){return this.props.file_count==="multiple"||this.props.file_count==="directory"}render(){let t=this.props,e=x(this.value).filter(r=>r!=null&&typeof r=="object"),s=t.height!=null?`height:${T(t.height)}`:"",n=this.interactive&&(e.length===0||this.uploading);return l`${this.label(n?this.uid:null)}
      <div class="gr-file" style=${s||p} role=${n?p:"group"} aria-labelledby=${!n&&t.label?this.uid+"-label":p}>
        ${n?this.zone():e.length>0?this.list(e):l`<div class="gr-file-empty">${c("upload.no_file")}</div>`}
        ${this.error?l`<div class="gr-file-error" role="alert">${this.error}</div>`:p}
      </div>`}zone(){let t=this.props,e=L(t.file_types);return l`<div
      class="gr-file-drop ${this.dragging?"gr-dragging":""} ${this.uploading?"gr-uploading":""}"
      @dragenter=${this.onDragOver}
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
      aria-busy=${this.uploading?"true":"false"}
    >
      <input
        id=${this.uid}
        class="gr-file-input"
        type="file"
        accept=${e??p}
        ?multiple=${this.multiple}
        ?webkitdirectory=${t.file_count==="directory"}
        ?disabled=${this.uploading}
        aria-describedby=${t.info?this.uid+"-info":p}
        @change=${this.onPick}
      />
      ${this.uploading?l`<div class="gr-file-status" role="status"><span class="gr-spinner" aria-hidden="true"></span>${c("upload.uploading")}</div>`:l`<label class="gr-file-prompt" for=${this.uid}>
            <span class="gr-file-icon" aria-hidden="true">⇪</span>
            <span>${this.multiple?c("upload.drop_files"):c("upload.drop_file")}</span>
            <span class="gr-file-or">${c("upload.or")}</span>
            <span class="gr-file-click">${c("upload.click")}</span>
            ${e?l`<span class="gr-file-types">${c("upload.accepted",{types:e.replaceAll(",",", ")})}</span>`:p}
          </label>`}
    </div>`}list(t){return l`<div class="gr-file-head">
        <span class="gr-file-count">${t.length===1?"1 file":`${t.length} files`}</span>
        ${this.interactive?l`<button type="button" class="gr-icon-button gr-file-clear" aria-label=${c("common.clear")} title=${c("common.clear")} @click=${this.onClear}>×</button>`:p}
      </div>
      <ul class="gr-file-list">
        ${t.map(e=>{let s=A(e),n=ft(e.size);return l`<li class="gr-file-item">
            <a class="gr-file-name" href=${this.host?.fileURL(e)??e.url??"#"} download=${s} target="_blank" rel="noopener">${s}</a>
            ${n?l`<span class="gr-file-size">${n}</span>`:p}
            ${this.interactive&&t.length>1?l`<button type="button" class="gr-icon-button gr-file-remove" aria-label=${c("common.remove_item",{name:s})} @click=${()=>this.removeFile(e)}>×</button>`:p}
          </li>`})}
      </ul>`}onDragOver(t){!t.dataTransfer||!Array.from(t.dataTransfer.types).includes("Files")||(t.preventDefault(),t.dataTransfer.dropEffect="copy",this.dragging=!0)}onDragLeave(t){let e=t.relatedTarget;(!e||!t.currentTarget.contains(e))&&(this.dragging=!1)}onDrop(t){t.preventDefault(),this.dragging=!1,this.take(Array.from(t.dataTransfer?.files??[]))}onPick(t){let e=t.target,s=Array.from(e.files??[]);e.value="",this.take(s)}async take(t){if(t.length===0||this.uploading)return;let e=this.props.file_types,s=t.filter(a=>I(e,a));if(s.length<t.length){if(this.error=c(t.length-s.length===1?"upload.file_not_accepted":"upload.files_not_accepted",{types:L(e)??""}),s.length===0)return}else this.error="";let n=this.multiple?s:s.slice(0,1),r=this.contains(document.activeElement);this.uploading=!0;try{let a=await this.host.upload(n);if(a.length===0)throw new Error("the server returned no file");this.userValue(this.multiple?a:a[0]),this.emit("upload"),r&&this.updateComplete.then(()=>this.querySelector(".gr-file-clear, .gr-file-name")?.focus())}catch(a){this.error=c("upload.failed",{error:String(a?.message??a)})}finally{this.uploading=!1}}onClear(){this.error="",this.userValue(null),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-file-input")?.focus())}removeFile(t){let e=x(this.value).filter(s=>s!==t);this.userValue(e.length>0?e:null),this.updateComplete.then(()=>this.querySelector(".gr-file-clear, .gr-file-input")?.focus())}};v("file",st);var rt=class extends f{constructor(){super(...arguments);this.progress=null;this.note="";this.error=""}static{this.properties={...f.properties,progress:{state:!0},note:{state:!0},error:{state:!0}}}get multiple(){return this.props.file_count==="multiple"||this.props.file_count==="directory"}render(){let t=this.props,e=this.progress!=null,s=Math.round((this.progress??0)*100),n=R(t.icon,this.host);return l`<input
        class="gr-file-input"
        type="file"
        tabindex="-1"
        aria-hidden="true"
        accept=${L(t.file_types)??p}
        ?multiple=${this.multiple}
        ?webkitdirectory=${t.file_count==="directory"}
        @change=${this.onPick}
      />
      <button
        type="button"
        class="gr-button gr-${t.variant??"secondary"} gr-${t.size??"lg"} gr-upload-button"
        style=${e?`--gr-upload:${s}%`:p}
        ?disabled=${!this.interactive}
        aria-disabled=${e?"true":p}
        aria-busy=${e?"true":"false"}
        @click=${this.onClick}
      >
        ${n?l`<img class="gr-button-icon" src=${n} alt="" />`:p}${e?c("upload.uploading_percent",{percent:s}):C(t.label??"Upload a File")}
      </button>
      <div class="gr-sr-only" role="status">${this.note}</div>
      ${this.error?l`<div class="gr-file-error" role="alert">${this.error}</div>`:p}`}onClick(){!this.interactive||this.progress!=null||(this.emit("click"),this.querySelector(".gr-file-input")?.click())}async onPick(t){let e=t.target,s=Array.from(e.files??[]);if(e.value="",s.length===0)return;let n=s.filter(a=>I(this.props.file_types,a));this.error=n.length<s.length?c("upload.not_accepted",{types:L(this.props.file_types)??"",names:s.filter(a=>!n.includes(a)).map(a=>a.name).join(", ")}):"";let r=this.multiple?n:n.slice(0,1);if(r.length!==0){this.progress=0,this.note=c("upload.uploading_label");try{let a=await this.host.upload(r,u=>this.progress=u);if(a.length===0)throw new Error("the server returned no file");this.userValue(this.multiple?a:a[0]),this.emit("upload"),this.note=a.length===1?c("upload.uploaded_file",{name:r[0].name}):c("upload.uploaded_files",{n:a.length})}catch(a){this.error=c("upload.failed",{error:String(a?.message??a)}),this.note=""}finally{this.progress=null}}}};v("uploadbutton",rt);var nt=class extends f{render(){let i=this.props,t=this.value,e=$t(t)?t:typeof t=="string"&&t?{path:t,url:t,meta:{_type:"gradio.FileData"}}:null,s=`gr-button gr-${i.variant??"secondary"} gr-${i.size??"lg"} gr-download-button`,n=R(i.icon,this.host),r=l`${n?l`<img class="gr-button-icon" src=${n} alt="" />`:p}${C(i.label??"Download")}`;return!e||!this.interactive?l`<button type="button" class=${s} disabled>${r}</button>`:l`<a class=${s} href=${this.host?.fileURL(e)??e.url??"#"} download=${A(e)} title=${A(e)} @click=${()=>this.emit("click")}>${r}</a>`}};v("downloadbutton",nt);$(["image"],()=>import("./chunk-URDV2P44.js"));$(["imageeditor"],()=>import("./chunk-36O3VZWO.js"));$(["gallery"],()=>import("./chunk-OT4X6RYR.js"));$(["annotatedimage"],()=>import("./chunk-FQCBN63V.js"));$(["imageslider"],()=>import("./chunk-HUPTINNF.js"));$(["audio"],()=>import("./chunk-PDGGA5FT.js"));$(["video"],()=>import("./chunk-F2MO6RCA.js"));$(["dataframe"],()=>import("./chunk-ZNQ35VEQ.js"));$(["chatbot"],()=>import("./chunk-OL7VYI4C.js"));$(["plot"],()=>import("./chunk-ST7T3RVY.js"));$(["nativeplot"],()=>import("./chunk-R5SZFH6K.js"));$(["code"],()=>import("./chunk-CORDQNFY.js"));$(["highlightedtext"],()=>import("./chunk-SSFBEA2F.js"));$(["colorpicker"],()=>import("./chunk-YSPTSHKA.js"));$(["datetime"],()=>import("./chunk-BRTXCEGR.js"));$(["multimodaltextbox"],()=>import("./chunk-6OBCJUGF.js"));$(["chathistory"],()=>import("./chunk-EL3TBMXB.js"));$(["dataset"],()=>import("./chunk-UPJJCNEU.js"));var N=class extends Error{constructor(t,e){super(t);this.status=e}},O=class{constructor(i){this.config=i;this.session=Math.random().toString(36).slice(2)+Date.now().toString(36);this.listeners=new Map;this.early=new Map;this.streaming=!1;this.base=new URL(".",document.baseURI).href.replace(/\/$/,"")+i.api_prefix}url(i){return this.base+i}async join(i,t,e,s,n=null){let r=await this.post("/queue/join",{data:t,fn_index:i,session_hash:this.session,event_data:n??null,trigger_id:s});if(!r.ok)throw new N(at(r.body,r.status),r.status);let a=r.body.event_id;this.listeners.set(a,e);for(let u of this.early.get(a)??[])this.deliver(u);return this.early.delete(a),this.ensureStream(),a}async run(i,t,e,s,n=null){let r=await this.post(`/run/${encodeURIComponent(i)}`,{data:e,fn_index:t,session_hash:this.session,event_data:n??null,trigger_id:s});return r.ok||r.status===500&&typeof r.body=="object"&&"error"in r.body?r.body:{error:at(r.body,r.status),title:c("app.error")}}async cancel(i,t){await this.post("/cancel",{event_id:i,session_hash:this.session,fn_index:t}).catch(()=>{})}upload(i,t){let e=new FormData;for(let s of i)e.append("files",s,s.name);return new Promise((s,n)=>{let r=new XMLHttpRequest;r.open("POST",this.url("/upload")),r.responseType="text",t&&(r.upload.onprogress=a=>a.lengthComputable&&t(a.loaded/a.total)),r.onerror=()=>n(new N("The upload failed: the connection broke.",0)),r.onload=()=>{if(r.status<200||r.status>=300){let u=r.responseText;try{u=JSON.parse(u)}catch{}n(new N(at(u,r.status),r.status));return}let a=JSON.parse(r.responseText);s(a.map((u,d)=>({path:u,orig_name:i[d].name,size:i[d].size,mime_type:i[d].type||null,meta:{_type:"gradio.FileData"}})))},r.send(e)})}heartbeat(){let i=()=>{let t=new EventSource(this.url(`/heartbeat/${this.session}`));t.onerror=()=>{t.close(),setTimeout(i,2e3)}};i()}async post(i,t){let e=await fetch(this.url(i),{method:"POST",headers:{"Content-Type":"application/json","X-Gradio-User":"app"},body:JSON.stringify(t)}),s=await e.text(),n=s;try{n=JSON.parse(s)}catch{}return{ok:e.ok,status:e.status,body:n}}ensureStream(){this.streaming||(this.streaming=!0,this.readStream().finally(()=>{this.streaming=!1,this.listeners.size>0&&this.ensureStream()}))}async readStream(){let i;try{i=await fetch(this.url(`/queue/data?session_hash=${encodeURIComponent(this.session)}`),{headers:{Accept:"text/event-stream"}})}catch{this.broken(c("app.connection_error"));return}if(!i.ok||!i.body){this.broken(c("app.connection_error_http",{status:i.status}));return}let t=i.body.pipeThrough(new TextDecoderStream).getReader(),e="";for(;;){let{value:s,done:n}=await t.read().catch(()=>({value:void 0,done:!0}));if(n)break;e+=s;let r;for(;(r=e.indexOf(`

`))>=0;){let a=e.slice(0,r);e=e.slice(r+2);for(let u of a.split(`
`)){if(!u.startsWith("data:"))continue;let d=JSON.parse(u.slice(5).trim());if(d.msg==="close_stream"){await t.cancel().catch(()=>{});return}this.deliver(d)}}}}deliver(i){if(i.event_id==null){i.msg==="unexpected_error"&&this.broken(i.message??c("app.unexpected_error"));return}let t=this.listeners.get(i.event_id);if(!t){let e=this.early.get(i.event_id)??[];e.push(i),this.early.set(i.event_id,e);return}i.msg==="process_completed"&&this.listeners.delete(i.event_id),t(i)}broken(i){let t=[...this.listeners.entries()];this.listeners.clear();for(let[e,s]of t)s({msg:"process_completed",event_id:e,success:!1,output:{error:i,title:c("app.error")}})}};function at(o,i){if(o&&typeof o=="object"){if(typeof o.detail=="string")return o.detail;if(typeof o.error=="string")return o.error}return typeof o=="string"&&o?o:`HTTP ${i}`}function kt(o,i){for(let[t,e,s]of i)o=_t(o,e,t,s);return o}function Pt(o){return Array.isArray(o)?o.slice():o!==null&&typeof o=="object"?{...o}:o}function _t(o,i,t,e){if(i.length===0){if(t==="replace")return e;if(t==="append")return o+e;throw new Error(`cannot ${t} at the root`)}let[s,...n]=i,r=Pt(o);if(n.length>0)return r[s]=_t(r[s],n,t,e),r;switch(t){case"replace":r[s]=e;break;case"append":r[s]+=e;break;case"add":Array.isArray(r)?r.splice(s,0,e):r[s]=e;break;case"delete":Array.isArray(r)?r.splice(s,1):delete r[s];break}return r}var q=class{constructor(i){this.app=i;this.byTarget=new Map;this.byParent=new Map;this.state=new Map;this.jsFns=new Map;for(let t of i.config.dependencies){this.state.set(t.id,{running:0,again:!1,events:new Set});for(let[e,s]of t.targets){if(e==null)continue;let n=`${e}:${s}`;this.byTarget.set(n,[...this.byTarget.get(n)??[],t])}t.trigger_after!=null&&this.byParent.set(t.trigger_after,[...this.byParent.get(t.trigger_after)??[],t])}}trigger(i,t,e){for(let s of this.byTarget.get(`${i}:${t}`)??[])this.run(s,i,e)}async run(i,t,e=null){let s=this.state.get(i.id);if(s.running>0&&i.trigger_mode!=="multiple")return i.trigger_mode==="always_last"&&(s.again=!0),!1;for(let r of i.cancels)this.cancel(r);if(!i.backend_fn&&!i.js)return!0;s.running++;let n=!1;try{n=await this.execute(i,t,e)}finally{s.running--}for(let r of this.byParent.get(i.id)??[])r.trigger_only_on_success&&!n||r.trigger_only_on_failure&&n||this.run(r,null);return s.again&&s.running===0&&(s.again=!1,this.run(i,t)),n}cancel(i){let t=this.state.get(i);if(t)for(let e of t.events)this.app.client.cancel(e,i)}async execute(i,t,e){let s=i.inputs.map(r=>this.app.entries.get(r)?.kind==="state"?null:this.app.value(r));if(i.js){let r;try{r=await this.jsFn(i)(...s)}catch(a){return this.app.toast({level:"error",title:c("app.error"),message:c("app.script_failed",{error:String(a)}),duration:10}),!1}if(!i.backend_fn)return this.setOutputs(i,Array.isArray(r)?r:[r]),!0;r!==void 0&&(s=Array.isArray(r)?r:[r])}let n=performance.now();this.status(i,{stage:"pending",started:n,show:i.show_progress});try{return i.queue?await this.queued(i,s,t,e,n):await this.direct(i,s,t,e)}catch(r){return this.status(i,null),this.app.toast({level:"error",title:c("app.error"),message:r.message,duration:10}),!1}}async direct(i,t,e,s){let n=await this.app.client.run(i.api_name,i.id,t,e,s);return this.status(i,null),"error"in n?(this.error(n),!1):(this.setOutputs(i,n.data??[]),!0)}queued(i,t,e,s,n){let r=this.state.get(i.id),a=null;return new Promise((u,d)=>{let b="",h=m=>{switch(m.msg){case"estimation":this.status(i,{stage:"pending",position:m.rank,size:m.queue_size,eta:m.rank_eta,started:n,show:i.show_progress});break;case"process_starts":this.status(i,{stage:"pending",eta:m.eta,started:n,show:i.show_progress});break;case"progress":this.status(i,{stage:"pending",progress:m.progress_data,started:n,show:i.show_progress});break;case"log":this.app.toast({level:m.level??"info",title:m.title??"",message:m.log??"",duration:m.duration??10});break;case"process_generating":{if(!m.success)break;a==null&&this.status(i,{stage:"generating",started:n,show:i.show_progress});let g=m.output.data;a=a==null?g:a.map((y,_)=>kt(y,g[_])),this.setOutputs(i,a);break}case"process_completed":r.events.delete(b),this.status(i,null),m.success?Array.isArray(m.output?.data)?(this.setOutputs(i,m.output.data),i.scroll_to_output&&this.scrollTo(i),u(!0)):u(!1):(this.error(m.output),u(!1))}};this.app.client.join(i.id,t,h,e,s).then(m=>{b=m,r.events.add(m)},d)})}setOutputs(i,t){i.outputs.forEach((e,s)=>{s<t.length&&this.app.entries.get(e)?.kind!=="state"&&this.app.setValue(e,t[s])})}status(i,t){for(let e of i.outputs)this.app.entries.get(e)?.status?.set(t)}error(i){i?.visible!==!1&&this.app.toast({level:"error",title:i?.title??c("app.error"),message:i?.error??c("app.error_occurred"),duration:i&&"duration"in i?i.duration:10})}scrollTo(i){let t=this.app.entries.get(i.outputs[0])?.wrap;if(!t)return;let e=t.getBoundingClientRect();(e.top<0||e.bottom>window.innerHeight)&&t.scrollIntoView({behavior:"smooth",block:"nearest"})}jsFn(i){let t=this.jsFns.get(i.id);return t||(t=new Function(`return (${i.js})`)(),this.jsFns.set(i.id,t)),t}};var j=class extends HTMLElement{constructor(){super(...arguments);this.timer=0;this.status=null}set(t){if(this.status=t,clearInterval(this.timer),!t||t.stage==="complete"||t.stage==="error"||t.show==="hidden"){this.hidden=!0,this.replaceChildren(),this.parentElement?.removeAttribute("aria-busy");return}this.hidden=!1,this.parentElement?.setAttribute("aria-busy","true"),this.render(),this.timer=window.setInterval(()=>this.render(),100)}disconnectedCallback(){clearInterval(this.timer)}render(){let t=this.status;this.className=`gr-status gr-status-${t.stage} gr-status-${t.show}`;let e=[];if(t.show==="minimal"){this.replaceChildren(xt());return}let s=t.progress?.find(u=>u.progress!=null||u.index!=null&&u.length);if(s){let u=s.progress??(s.index+1)/s.length,d=document.createElement("div");d.className="gr-progress",d.setAttribute("role","progressbar"),d.setAttribute("aria-valuemin","0"),d.setAttribute("aria-valuemax","100"),d.setAttribute("aria-valuenow",String(Math.round(u*100)));let b=document.createElement("div");b.className="gr-progress-fill",b.style.width=`${Math.max(0,Math.min(1,u))*100}%`,d.append(b);let h=document.createElement("div");h.className="gr-progress-label";let m=s.index!=null&&s.length?`${s.index+1}/${s.length} ${s.unit??""}`:`${Math.round(u*100)}%`;h.textContent=s.desc?`${s.desc} · ${m}`:m,e.push(d,h)}else e.push(xt());let n=document.createElement("div");n.className="gr-status-meta";let r=t.started?((performance.now()-t.started)/1e3).toFixed(1):null,a=[];t.stage==="pending"&&t.position!=null&&t.position>0&&a.push(c("app.queue",{position:t.position+1,size:t.size??"?"})),r&&a.push(t.eta?`${r}/${t.eta.toFixed(1)}s`:`${r}s`),n.textContent=a.join(" | "),e.push(n),this.replaceChildren(...e)}};customElements.define("gradio-status",j);function xt(){let o=document.createElement("div");return o.className="gr-spinner",o.setAttribute("aria-label",c("app.loading")),o}var D=class extends HTMLElement{connectedCallback(){this.setAttribute("role","region"),this.setAttribute("aria-label",c("app.notifications"))}show(i){let t=document.createElement("div");t.className=`gr-toast gr-toast-${i.level}`,t.setAttribute("role",i.level==="error"?"alert":"status"),t.setAttribute("aria-live",i.level==="error"?"assertive":"polite");let e=document.createElement("div");e.className="gr-toast-title",e.textContent=i.title;let s=document.createElement("div");s.className="gr-toast-message",s.textContent=i.message;let n=document.createElement("button");n.className="gr-toast-close",n.type="button",n.setAttribute("aria-label",c("app.close")),n.textContent="×",n.onclick=()=>t.remove(),t.append(e,s,n),this.append(t),i.duration!=null&&i.duration>0&&setTimeout(()=>t.remove(),i.duration*1e3)}};customElements.define("gradio-toasts",D);function Et(o,i,t){let e=document.createElement("div");e.className="gr-tabs";let s=document.createElement("div");s.className="gr-tablist",s.setAttribute("role","tablist"),e.append(s);let r=(t.children??[]).map(h=>({node:h,entry:o.entries.get(h.id)})).filter(h=>h.entry).map(({node:h,entry:m})=>{let g=document.createElement("button");g.type="button",g.className="gr-tab",g.setAttribute("role","tab"),g.id=`gr-tab-${h.id}`;let y=document.createElement("div");y.className="gr-tabpanel",y.setAttribute("role","tabpanel"),y.id=`gr-tabpanel-${h.id}`,y.setAttribute("aria-labelledby",g.id),g.setAttribute("aria-controls",y.id),y.hidden=!0,s.append(g),e.append(y),m.wrap=y;let _=!1,F=()=>{_||(_=!0,y.append(o.buildChildren(h.children??[],"column")))};return{id:h.id,entry:m,button:g,panel:y,show:F}}),a=-1,u=(h,m)=>{h===a||h<0||(a=h,r.forEach((g,y)=>{g.button.setAttribute("aria-selected",String(y===h)),g.button.tabIndex=y===h?0:-1,g.panel.hidden=y!==h}),r[h].show(),m&&(o.dispatcher.trigger(r[h].id,"select"),o.dispatcher.trigger(i.config.id,"select"),o.dispatcher.trigger(i.config.id,"change")))};r.forEach((h,m)=>{h.button.onclick=()=>u(m,!0),h.button.onkeydown=g=>{let y=g.key==="ArrowRight"?1:g.key==="ArrowLeft"?-1:0;if(!y)return;g.preventDefault();let _=r.map((pt,jt)=>jt).filter(pt=>r[pt].entry.props.visible!==!1),F=_.indexOf(m),ct=_[(F+y+_.length)%_.length];u(ct,!0),r[ct].button.focus()}});let d=()=>{for(let g of r)g.button.textContent=g.entry.props.label??"",g.button.hidden=g.entry.props.visible===!1,g.button.disabled=g.entry.props.interactive===!1;let h=i.props.selected,m=r.findIndex(g=>h!=null&&(g.entry.props.id===h||g.entry.props.label===h));m<0&&a<0&&(m=r.findIndex(g=>g.entry.props.visible!==!1)),m>=0&&u(m,!1)},b={update:d};i.lazy=b;for(let h of r)h.entry.lazy=b;return d(),e}function Tt(o,i,t){let e=document.createElement("div");e.className="gr-accordion";let s=document.createElement("button");s.type="button",s.className="gr-accordion-header",s.id=`gr-accordion-${t.id}`;let n=document.createElement("span"),r=document.createElement("span");r.className="gr-accordion-icon",r.setAttribute("aria-hidden","true"),s.append(n,r);let a=document.createElement("div");a.className="gr-accordion-body",a.id=`gr-accordion-body-${t.id}`,a.setAttribute("role","region"),a.setAttribute("aria-labelledby",s.id),s.setAttribute("aria-controls",a.id),e.append(s,a);let u=!1,d=!1,b=(h,m)=>{d=h,s.setAttribute("aria-expanded",String(h)),e.classList.toggle("gr-open",h),a.hidden=!h,h&&!u&&(u=!0,a.append(o.buildChildren(t.children??[],"column"))),m&&o.dispatcher.trigger(t.id,h?"expand":"collapse")};return s.onclick=()=>{i.props={...i.props,open:!d},b(!d,!0)},i.lazy={update(){n.textContent=i.props.label??"",i.props.open!==d&&b(i.props.open!==!1,!1)}},n.textContent=i.props.label??"",b(i.props.open!==!1,!1),e}var It=[["go","Go"],["javascript","JavaScript"],["python","Python"],["bash","curl"],["cli","gradio CLI"]],H=class extends HTMLElement{constructor(){super(...arguments);this.info={};this.language=localStorage.getItem("gradio-api-lang")??"go";this.failure=""}async connectedCallback(){this.className="gr-api-page",this.draw();try{let t=await fetch("./gradio_api/info");if(!t.ok)throw new Error(`HTTP ${t.status}`);this.info=(await t.json()).named_endpoints??{}}catch(t){this.failure=c("api.load_failed",{error:t.message})}this.draw()}draw(){let t=Object.keys(this.info).sort();ut(l`<main class="gr-app gr-api">
        <nav class="gr-api-nav"><a href="./">${c("api.back")}</a></nav>
        <h1 class="gr-api-title">${c("api.title",{title:this.config?.title||c("api.this_app")})}</h1>
        <p>
          ${Rt(t.length===1?c("api.intro_one"):c("api.intro_many",{n:t.length}))}
        </p>
        <div class="gr-api-toolbar">
          <div class="gr-tablist" role="tablist" aria-label=${c("api.language")}>
            ${It.map(([e,s])=>l`<button type="button" role="tab" class="gr-tab" aria-selected=${String(this.language===e)}
                @click=${()=>this.setLang(e)}>${s}</button>`)}
          </div>
          <button type="button" class="gr-button gr-secondary gr-sm gr-api-markdown" @click=${e=>this.copyMarkdown(e)}>
            ${c("api.copy_markdown")}
          </button>
        </div>
        ${this.failure?l`<div class="gr-file-error" role="alert">${this.failure}</div>`:p}
        ${t.map(e=>this.endpoint(e,this.info[e]))}
      </main>`,this)}setLang(t){this.language=t,localStorage.setItem("gradio-api-lang",t),this.draw()}endpoint(t,e){let s=e.code_snippets?.[this.language]??"";return l`<section class="gr-api-endpoint" aria-labelledby="ep-${t}">
      <h2 id="ep-${t}"><code>${t}</code></h2>
      ${e.description?l`<p>${e.description}</p>`:p}
      <div class="gr-api-tables">
        <table class="gr-api-table">
          <caption>${c("api.parameters")}</caption>
          <thead><tr><th>${c("api.name")}</th><th>${c("api.type")}</th><th>${c("api.component")}</th><th>${c("api.default")}</th></tr></thead>
          <tbody>
            ${e.parameters.length===0?l`<tr><td colspan="4">${c("api.none")}</td></tr>`:p}
            ${e.parameters.map(n=>l`<tr>
                <td><code>${n.parameter_name}</code></td>
                <td><code>${n.python_type.type}</code></td>
                <td>${n.component}</td>
                <td>${n.parameter_has_default?l`<code>${JSON.stringify(n.parameter_default)}</code>`:c("api.required")}</td>
              </tr>`)}
          </tbody>
        </table>
        <table class="gr-api-table">
          <caption>${c("api.returns")}</caption>
          <thead><tr><th>${c("api.label")}</th><th>${c("api.type")}</th><th>${c("api.component")}</th></tr></thead>
          <tbody>
            ${e.returns.map(n=>l`<tr><td>${n.label}</td><td><code>${n.python_type.type}</code></td><td>${n.component}</td></tr>`)}
          </tbody>
        </table>
      </div>
      <div class="gr-api-code">
        <button type="button" class="gr-icon-button gr-api-copy" aria-label=${c("api.copy_code")} @click=${n=>St(n,s)}>${c("common.copy")}</button>
        <pre><code>${s}</code></pre>
      </div>
    </section>`}markdown(){let t=[`# API of ${this.config?.title||"this app"}`,"",`Base URL: ${location.origin}${location.pathname.replace(/\/$/,"")}`,""];for(let e of Object.keys(this.info).sort()){let s=this.info[e];t.push(`## ${e}`,""),s.description&&t.push(s.description,""),t.push("Parameters:"),s.parameters.length===0&&t.push("- none");for(let r of s.parameters){let a=r.parameter_has_default?`default ${JSON.stringify(r.parameter_default)}`:"required";t.push(`- \`${r.parameter_name}\` (${r.python_type.type}, ${r.component}): ${a}; example ${JSON.stringify(r.example_input)}`)}t.push("","Returns:");for(let r of s.returns)t.push(`- ${r.label} (${r.python_type.type}, ${r.component})`);let n=s.code_snippets?.[this.language];n&&t.push("","```"+(this.language==="bash"||this.language==="cli"?"sh":this.language),n.trimEnd(),"```"),t.push("")}return t.join(`
`)}copyMarkdown(t){St(t,this.markdown())}};customElements.define("gradio-api-page",H);function Rt(o){let i=o.indexOf("gradio");return i<0?l`${o}`:l`${o.slice(0,i)}<code>gradio</code>${o.slice(i+6)}`}async function St(o,i){let t=o.currentTarget,e=t.textContent;try{await navigator.clipboard.writeText(i),t.textContent=c("common.copied")}catch{t.textContent=c("common.copy_failed")}setTimeout(()=>t.textContent=e,1500)}var ot=["system","light","dark"],Ct={system:"app.theme_system",light:"app.theme_light",dark:"app.theme_dark"};function Mt(){let o=window.gradio_theme;if(!o)return"";let i=document.createElement("button");i.type="button",i.className="gr-mode-toggle";let t=()=>{i.textContent=c(Ct[o.mode]??Ct.system),i.title=c("app.theme_switch")};i.addEventListener("click",()=>{o.set(ot[(ot.indexOf(o.mode)+1)%ot.length]),t()}),t();let e=document.createElement("span");e.textContent=" · ";let s=document.createElement("span");return s.append(e,i),s}var Ot=["label","value","placeholder","title","description","info"],Lt="__i18n__";function qt(o,i){let t=[];for(let e of[...i,"en"])for(let s of[e,e.split("-")[0]])o[s]&&!t.includes(o[s])&&t.push(o[s]);return t}function At(o,i){if(!o||Object.keys(o).length===0)return null;let t=qt(o,i),e=s=>{if(typeof s!="string"||!s.startsWith(Lt))return s;try{let n=JSON.parse(s.slice(Lt.length)).key;for(let r of t)if(n in r)return r[n];return n}catch{return s}};return s=>{let n=s;for(let r of Ot){let a=e(s[r]);a!==s[r]&&(n===s&&(n={...s}),n[r]=a)}return n}}var lt=class extends HTMLElement{constructor(){super(...arguments);this.entries=new Map;this.toasts=new D;this.i18n=t=>t}async connectedCallback(){let t=window.gradio_config??await(await fetch("./config")).json();if(await mt(z(t.locale)),new URLSearchParams(location.search).get("view")==="api"){document.title=`API · ${t.title||"Gradio"}`;let e=new H;e.config=t,this.replaceChildren(e);return}await this.start(t)}async start(t){this.config=t,this.client=new O(t),this.host={upload:(a,u)=>this.client.upload(a,u),fileURL:a=>a.url||this.client.url(`/file=${a.path}`)},document.title=t.title||"Gradio";let e=new Set,s=new Set;for(let a of t.dependencies)a.inputs.forEach(u=>e.add(u)),a.outputs.forEach(u=>s.add(u));this.i18n=At(t.i18n_translations,z(t.locale))??(a=>a);for(let a of t.components){let{value:u,...d}=this.i18n(a.props),b=typeof d.interactive=="boolean"?d.interactive:e.has(a.id)||!s.has(a.id);this.entries.set(a.id,{config:a,kind:a.type,props:d,value:u??null,el:null,wrap:null,status:null,interactive:b})}this.dispatcher=new q(this),await ht(t.components.map(a=>a.type));let n=document.createElement("main");if(n.className="gr-app gradio-container",t.mode==="interface"&&t.title){let a=document.createElement("h1");a.className="gr-title",a.textContent=t.title,n.append(a)}t.description&&n.append(Nt(t.description,"gr-description"));let r=this.buildChildren(t.layout.children??[],"column");r.classList.add("gr-root"),n.append(r),t.article&&n.append(Nt(t.article,"gr-article")),n.append(zt()),this.replaceChildren(n,this.toasts),t.js&&Ft(t.js),t.connect_heartbeat&&this.client.heartbeat(),this.dispatcher.trigger(t.layout.id,"load")}toast(t){this.toasts.show(t)}buildChildren(t,e){let s=document.createElement("div");s.className=e==="row"?"gr-row":"gr-column";for(let n of t){let r=this.build(n);r&&s.append(r)}return s}build(t){let e=this.entries.get(t.id);if(!e)return null;let s;switch(e.kind){case"state":return null;case"row":s=this.buildChildren(t.children??[],"row"),e.props.equal_height&&s.classList.add("gr-equal-height"),e.props.variant&&e.props.variant!=="default"&&s.classList.add(`gr-${e.props.variant}`);break;case"column":case"form":s=this.buildChildren(t.children??[],"column"),e.props.variant&&e.props.variant!=="default"&&s.classList.add(`gr-${e.props.variant}`);break;case"group":s=this.buildChildren(t.children??[],"column"),s.classList.add("gr-group");break;case"tabs":s=Et(this,e,t);break;case"accordion":s=Tt(this,e,t);break;case"tabitem":return null;default:s=this.buildComponent(e)}return e.wrap=s,s.dataset.id=String(t.id),this.applyLayoutProps(e),s}buildComponent(t){let e=document.createElement("div");e.className=`gr-block gr-block-${t.kind}`;let s=dt(t.kind),n=document.createElement(s??"gradio-fallback");n.host=this.host,n.props=s?t.props:{...t.props,kind:t.kind},n.value=t.value,n.interactive=t.interactive,n.addEventListener("gradio",a=>{let{event:u,data:d}=a.detail;(u==="change"||u==="input")&&(t.value=n.value),this.dispatcher.trigger(t.config.id,u,d)}),t.el=n;let r=new j;return r.hidden=!0,t.status=r,e.append(n,r),t.props.container===!1&&e.classList.add("gr-no-container"),e}applyLayoutProps(t){let e=t.wrap;if(!e)return;e.hidden=t.props.visible===!1,t.props.elem_id&&(e.id=t.props.elem_id);for(let r of t.props.elem_classes??[])e.classList.add(r);let s=t.props.scale??(t.kind==="column"?1:null);s!=null&&(e.style.flexGrow=String(s));let n=t.props.min_width;n!=null&&(e.style.minWidth=`min(${n}px, 100%)`)}setValue(t,e){let s=this.entries.get(t);if(s){if(e&&typeof e=="object"&&e.__type__==="update"){let{__type__:n,value:r,...a}=e;this.updateProps(s,a),"value"in e&&this.setValue(t,r);return}JSON.stringify(s.value)!==JSON.stringify(e)&&(s.value=e,s.el&&(s.el.value=e),this.dispatcher.trigger(t,"change"))}}updateProps(t,e){if(Object.keys(e).length!==0){if(e=this.i18n(e),t.props={...t.props,...e},typeof e.interactive=="boolean"&&(t.interactive=e.interactive),t.el&&"props"in t.el){let s=t.el;s.props=t.props,s.interactive=t.interactive}t.lazy?.update(),this.applyLayoutProps(t)}}value(t){return this.entries.get(t)?.value??null}};customElements.define("gradio-app",lt);function Ft(o){try{Promise.resolve(new Function(`return (${o})();`)()).catch(i=>console.error("gradio: the app's js failed",i))}catch(i){console.error("gradio: the app's js failed",i)}}function Nt(o,i){let t=document.createElement("div");return t.className=`gr-prose ${i}`,t.innerHTML=vt(o),t}function zt(){let o=document.createElement("footer");o.className="gr-footer";let i=document.createElement("a");i.href="./?view=api",i.textContent=c("app.use_via_api");let t=document.createElement("span");t.textContent=" · ";let e=document.createElement("span");return e.textContent=c("app.built_with"),o.append(i,t,e,Mt()),o}
