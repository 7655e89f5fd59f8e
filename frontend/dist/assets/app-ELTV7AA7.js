import{a as wt,b as kt,c as _t}from"./chunk-BVTAROJA.js";import{a as w}from"./chunk-ZFITRCAI.js";import{a as T}from"./chunk-SSFLOQ7M.js";import{a as I,b as gt}from"./chunk-ECV67A27.js";import"./chunk-H6LKGIRZ.js";import{c as vt,d as yt}from"./chunk-4BY5VSFZ.js";import{a as bt}from"./chunk-WPMDZ3VC.js";import"./chunk-6VDU4B6A.js";import{b as $t,c as P}from"./chunk-HSITOYZK.js";import{a as S,b as k,c as x,d as E,e as L,f as G,g as ft,h as A,i as C,j as H}from"./chunk-SUUXRMRK.js";import{a as b,b as v,c as dt,d as $,e as ht}from"./chunk-NCJSEHBS.js";import{a as z,b as mt,c as p,d as M}from"./chunk-P7YIV3HJ.js";import{j as l,n as u,p as ut}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var V=class extends b{render(){return l`${this.label(null)}
      <div class="gr-fallback">${p("app.unsupported",{kind:String(this.props.kind)})}</div>`}};v("fallback",V);var K=class extends b{render(){let i=this.props,t=i.lines??1,e={placeholder:i.placeholder??"",dir:i.rtl?"rtl":"auto",readonly:!this.interactive},n=t<=1?this.input(e):l`<textarea
              id=${this.uid}
              class="gr-input gr-textarea"
              part="input"
              rows=${t}
              .value=${w(this.value??"")}
              placeholder=${e.placeholder}
              dir=${e.dir}
              ?readonly=${e.readonly}
              maxlength=${i.max_length??u}
              aria-describedby=${i.info?this.uid+"-info":u}
              @input=${this.onInput}
              @keydown=${this.onKeydown}
              @focus=${()=>this.emit("focus")}
              @blur=${()=>this.emit("blur")}
              @select=${()=>this.emit("select")}
            ></textarea>`;return l`${this.label()}
      <div class="gr-input-row">
        ${n}
        ${(i.buttons??[]).includes("copy")?I(()=>this.value??""):u}
        ${i.submit_btn&&this.interactive?l`<button type="button" class="gr-button gr-primary gr-sm" part="button submit" @click=${()=>this.emit("submit")}>
              ${typeof i.submit_btn=="string"?i.submit_btn:p("button.submit")}
            </button>`:u}
        ${i.stop_btn?l`<button type="button" class="gr-button gr-stop gr-sm" part="button stop" @click=${()=>this.emit("stop")}>
              ${typeof i.stop_btn=="string"?i.stop_btn:p("button.stop")}
            </button>`:u}
      </div>`}input(i){let t=this.props;return l`<input
      id=${this.uid}
      class="gr-input"
      part="input"
      type=${t.type==="password"||t.type==="email"?t.type:"text"}
      .value=${w(this.value??"")}
      placeholder=${i.placeholder}
      dir=${i.dir}
      ?readonly=${i.readonly}
      ?autofocus=${t.autofocus}
      maxlength=${t.max_length??u}
      aria-describedby=${t.info?this.uid+"-info":u}
      @input=${this.onInput}
      @keydown=${this.onKeydown}
      @focus=${()=>this.emit("focus")}
      @blur=${()=>this.emit("blur")}
      @select=${()=>this.emit("select")}
    />`}onInput(i){this.userValue(i.target.value),i.target instanceof HTMLTextAreaElement&&xt(i.target,this.props.max_lines??20)}onKeydown(i){if(i.key!=="Enter"||i.isComposing)return;let t=i.target instanceof HTMLInputElement;(t&&!i.shiftKey||!t&&(i.ctrlKey||i.metaKey))&&(i.preventDefault(),this.interactive&&this.emit("submit"))}updated(){let i=this.querySelector("textarea");i&&xt(i,this.props.max_lines??20)}};function xt(o,i){let t=parseFloat(getComputedStyle(o).lineHeight)||20;o.style.height="auto";let e=t*i+16;o.style.height=`${Math.min(o.scrollHeight+2,e)}px`,o.style.overflowY=o.scrollHeight>e?"auto":"hidden"}v("textbox",K);var U=class extends b{render(){let i=this.props,t=()=>{i.link&&window.open(i.link,i.link_target??"_self"),this.emit("click")};return l`<button
      type="button"
      class="gr-button gr-${i.variant??"secondary"} gr-${i.size??"lg"}"
      part="button"
      ?disabled=${!this.interactive}
      @click=${t}
    >
      ${i.icon?l`<img class="gr-button-icon" src=${i.icon} alt="" />`:u}${M(this.value??i.value??"Run")}
    </button>`}};v("button",U);var J=class extends b{render(){let i=this.props;return l`${this.label()}
      <input
        id=${this.uid}
        class="gr-input gr-number"
        part="input"
        type="number"
        inputmode="decimal"
        min=${i.minimum??u}
        max=${i.maximum??u}
        step=${i.step??"any"}
        placeholder=${i.placeholder??""}
        ?readonly=${!this.interactive}
        aria-describedby=${i.info?this.uid+"-info":u}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @focus=${()=>this.emit("focus")}
        @blur=${()=>this.emit("blur")}
      />`}updated(i){if(!i.has("value"))return;let t=this.querySelector("input");if(!t)return;let e=typeof this.value=="number"?this.value:E(String(this.value??""));E(t.value)!==e&&(t.value=gt(e))}onInput(i){let t=i.target;if(t.validity.badInput)return;let e=E(t.value);e!==this.value&&this.userValue(e)}onKeydown(i){i.key!=="Enter"||i.isComposing||(i.preventDefault(),this.interactive&&this.emit("submit"))}};v("number",J);var Ot=new Set(["ArrowLeft","ArrowRight","ArrowUp","ArrowDown","Home","End","PageUp","PageDown"]),B=class extends b{constructor(){super(...arguments);this.initial=null;this.committed=""}get bounds(){let t=L(this.props.minimum,0),e=L(this.props.maximum,100),n=L(this.props.step,1);return{min:t,max:e>t?e:t+100,step:n>0?n:1}}get current(){let{min:t,max:e}=this.bounds,n=L(this.value,t);return Math.min(e,Math.max(t,n))}willUpdate(t){t.has("value")&&this.initial==null&&this.value!=null&&(this.initial=L(this.value,0))}render(){let t=this.props,{min:e,max:n,step:r}=this.bounds,s=this.current,a=n>e?(s-e)/(n-e)*100:0,c=(t.buttons??[]).includes("reset"),h=t.info?this.uid+"-info":u;return l`<div class="gr-slider-head">
        ${this.label(this.uid+"-number")}
        <div class="gr-slider-controls">
          <input
            id=${this.uid+"-number"}
            class="gr-input gr-slider-number"
            part="input"
            type="number"
            inputmode="decimal"
            min=${e}
            max=${n}
            step=${r}
            ?readonly=${!this.interactive}
            aria-describedby=${h}
            @input=${this.onNumberInput}
            @change=${this.onNumberCommit}
            @keydown=${g=>g.key==="Enter"&&this.onNumberCommit(g)}
          />
          ${c?l`<button
                type="button"
                class="gr-icon-button gr-slider-reset"
                part="button reset"
                aria-label=${p("common.reset_to",{value:String(this.initial??e)})}
                title=${p("common.reset")}
                ?disabled=${!this.interactive}
                @click=${this.onReset}
              >
                ↺
              </button>`:u}
        </div>
      </div>
      <input
        class="gr-slider-range"
        part="range"
        type="range"
        min=${e}
        max=${n}
        step=${r}
        .value=${w(String(s))}
        style="--gr-fill: ${a}%"
        ?disabled=${!this.interactive}
        aria-label=${t.label||p("common.value")}
        aria-describedby=${h}
        @input=${this.onRangeInput}
        @pointerup=${()=>this.interactive&&this.emit("release",this.current)}
        @keyup=${g=>this.interactive&&Ot.has(g.key)&&this.emit("release",this.current)}
      />
      <div class="gr-slider-bounds" aria-hidden="true"><span>${e}</span><span>${n}</span></div>`}updated(){let t=this.querySelector(".gr-slider-number");!t||document.activeElement===t||(t.value===""||E(t.value)!==this.current)&&(t.value=String(this.current))}set(t){let{min:e,max:n,step:r}=this.bounds,s=Math.min(n,Math.max(e,e+Math.round((t-e)/r)*r)),a=Number(s.toFixed(Math.min(20,Math.max(G(r),G(e)))));a!==this.value&&this.userValue(a)}onRangeInput(t){this.set(Number(t.target.value));let e=this.querySelector(".gr-slider-number");e&&(e.value=String(this.current))}onNumberInput(t){let e=t.target;this.committed="";let n=E(e.value),{min:r,max:s}=this.bounds;n!=null&&n>=r&&n<=s&&n!==this.value&&this.userValue(n)}onNumberCommit(t){let e=t.target;if(!this.interactive||e.value===this.committed)return;let n=E(e.value);if(n==null){e.value=String(this.current);return}let{min:r,max:s}=this.bounds,a=Math.min(s,Math.max(r,n));a!==this.value&&this.userValue(a),e.value=String(a),this.committed=e.value,this.emit("release",a)}onReset(){let t=this.initial??this.bounds.min;t!==this.value&&this.userValue(t)}};v("slider",B);var W=class extends b{render(){let i=this.props,t=i.show_label===!1;return l`${i.info?l`<div class="gr-info gr-checkbox-info" part="info" id=${this.uid+"-info"}>${i.info}</div>`:u}
      <label class="gr-check ${this.interactive?"":"gr-disabled"}" part="choice">
        <input
          id=${this.uid}
          type="checkbox"
          .checked=${w(this.value===!0)}
          ?disabled=${!this.interactive}
          aria-label=${t&&i.label?i.label:u}
          aria-describedby=${i.info?this.uid+"-info":u}
          @change=${this.onChange}
        />
        ${i.label&&!t?l`<span part="label">${i.label}</span>`:u}
      </label>`}onChange(i){let t=i.target.checked;this.userValue(t),this.emit("select",{index:null,value:this.props.label??null,selected:t})}};v("checkbox",W);var X=class extends b{render(){let i=this.props,t=S(i.choices),e=x(this.value),n=c=>e.some(h=>k(h,c)),r=t.filter(([,c])=>n(c)).length,s=t.length>0&&r===t.length,a=r>0&&!s;return l`${this.label(null)}
      <div
        class="gr-choices"
        role="group"
        aria-labelledby=${i.label?this.uid+"-label":u}
        aria-describedby=${i.info?this.uid+"-info":u}
      >
        ${i.show_select_all&&t.length>1?l`<label class="gr-check gr-choice gr-select-all ${this.interactive?"":"gr-disabled"}" part="choice select-all">
              <input
                type="checkbox"
                .checked=${w(s)}
                .indeterminate=${a}
                ?disabled=${!this.interactive}
                @change=${c=>this.setAll(c.target.checked)}
              />
              <span>${p("checkbox.select_all")}</span>
            </label>`:u}
        ${t.map(([c,h],g)=>l`<label class="gr-check gr-choice ${this.interactive?"":"gr-disabled"}" part="choice">
            <input
              type="checkbox"
              name=${this.uid}
              value=${String(h)}
              .checked=${w(n(h))}
              ?disabled=${!this.interactive}
              @change=${d=>this.toggle(g,h,d.target.checked)}
            />
            <span>${c}</span>
          </label>`)}
      </div>`}toggle(i,t,e){let n=x(this.value).filter(r=>!k(r,t));this.userValue(e?[...n,t]:n),this.emit("select",{index:i,value:t,selected:e})}setAll(i){let t=x(this.value),e=S(this.props.choices).map(([,n])=>n).filter(n=>!t.some(r=>k(r,n)));this.userValue(i?[...t,...e]:[])}};v("checkboxgroup",X);var Y=class extends b{render(){let i=this.props,t=S(i.choices);return l`${this.label(null)}
      <div
        class="gr-choices"
        role="radiogroup"
        dir=${i.rtl?"rtl":u}
        aria-labelledby=${i.label?this.uid+"-label":u}
        aria-describedby=${i.info?this.uid+"-info":u}
      >
        ${t.map(([e,n],r)=>l`<label class="gr-check gr-choice ${this.interactive?"":"gr-disabled"}" part="choice">
            <input
              type="radio"
              name=${this.uid}
              value=${String(n)}
              .checked=${w(k(this.value,n))}
              ?disabled=${!this.interactive}
              @change=${()=>this.choose(r,n)}
            />
            <span>${e}</span>
          </label>`)}
      </div>`}choose(i,t){this.userValue(t),this.emit("select",{index:i,value:t,selected:!0})}};v("radio",Y);var Z=class extends b{constructor(){super(...arguments);this.open=!1;this.query=null;this.active=-1;this.scrollActive=!1}static{this.properties={...b.properties,open:{state:!0},query:{state:!0},active:{state:!0}}}get multi(){return this.props.multiselect===!0}get options(){return S(this.props.choices).map(([t,e],n)=>({label:t,value:e,index:n}))}get filtered(){let t=this.query?.trim().toLowerCase();return!t||this.props.filterable===!1?this.options:this.options.filter(e=>e.label.toLowerCase().includes(t))}get selected(){return this.multi?x(this.value):this.value==null?[]:[this.value]}isSelected(t){return this.selected.some(e=>k(e,t))}labelOf(t){return this.options.find(e=>k(e.value,t))?.label??String(t)}get full(){let t=this.props.max_choices;return this.multi&&typeof t=="number"&&t>0&&this.selected.length>=t}render(){let t=this.props,e=`${this.uid}-list`,n=this.open&&this.interactive?this.filtered:[],r=this.open&&this.active>=0&&this.active<n.length?`${this.uid}-opt-${this.active}`:null,s=this.query??(this.multi||this.value==null?"":this.labelOf(this.value)),a=this.interactive&&(t.filterable!==!1||t.allow_custom_value===!0);return l`${this.label()}
      <div class="gr-dropdown ${this.open?"gr-dropdown-open":""}">
        <div class="gr-input gr-dropdown-field ${this.interactive?"":"gr-readonly"}" part="input" @mousedown=${this.onFieldMousedown} @click=${this.onFieldClick}>
          ${this.multi?this.selected.map(c=>l`<span class="gr-chip"
                  >${this.labelOf(c)}${this.interactive?l`<button
                        type="button"
                        class="gr-chip-remove"
                        aria-label=${p("common.remove_item",{name:String(this.labelOf(c))})}
                        @click=${h=>{h.stopPropagation();let g=document.activeElement===h.currentTarget;this.unselect(c),g&&this.input?.focus()}}
                      >
                        ×
                      </button>`:u}</span
                >`):u}
          <input
            id=${this.uid}
            class="gr-dropdown-input"
            role="combobox"
            autocomplete="off"
            aria-autocomplete=${t.filterable===!1?"none":"list"}
            aria-expanded=${this.open?"true":"false"}
            aria-controls=${e}
            aria-activedescendant=${r??u}
            aria-describedby=${t.info?this.uid+"-info":u}
            aria-readonly=${this.interactive?u:"true"}
            .value=${w(s)}
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
          part="listbox"
          role="listbox"
          aria-label=${t.label||p("dropdown.choices")}
          aria-multiselectable=${this.multi?"true":u}
          ?hidden=${!this.open||n.length===0}
          @mousedown=${c=>c.preventDefault()}
        >
          ${n.map((c,h)=>{let g=this.isSelected(c.value),d=!g&&this.full;return l`<li
              id=${`${this.uid}-opt-${h}`}
              class="gr-option ${h===this.active?"gr-active":""}"
              part="option"
              role="option"
              aria-selected=${g?"true":"false"}
              aria-disabled=${d?"true":u}
              @click=${()=>this.choose(c)}
              @mousemove=${()=>{this.active!==h&&(this.active=h)}}
            >
              <span class="gr-option-check" aria-hidden="true">${g?"✓":""}</span>${c.label}
            </li>`})}
        </ul>
        ${this.open&&this.interactive&&n.length===0?l`<div class="gr-listbox gr-listbox-empty" role="status">
              ${this.full?p("dropdown.max_choices",{n:t.max_choices}):t.allow_custom_value&&this.query?.trim()?p("dropdown.press_enter",{value:this.query.trim()}):p("dropdown.no_match")}
            </div>`:u}
      </div>`}updated(t){t.has("active")&&this.scrollActive&&this.active>=0&&(this.scrollActive=!1,this.querySelector(`#${this.uid}-opt-${this.active}`)?.scrollIntoView({block:"nearest"}))}get input(){return this.querySelector(".gr-dropdown-input")}show(){if(!this.interactive||this.open)return;this.open=!0;let t=this.filtered,e=this.multi?-1:t.findIndex(n=>this.isSelected(n.value));this.active=e>=0?e:t.length>0?0:-1,this.scrollActive=!0}hide(){this.open=!1,this.active=-1}move(t){let e=this.filtered.length;e!==0&&(this.active=Math.max(0,Math.min(e-1,t)),this.scrollActive=!0)}onFieldMousedown(t){let e=this.input;!this.interactive||!e||t.target===e||(t.preventDefault(),document.activeElement!==e&&e.focus())}onFieldClick(t){this.interactive&&(t.target!==this.input&&this.open?this.hide():this.show())}onFocus(){!this.multi&&this.interactive&&this.input?.select(),this.emit("focus")}onBlur(){let t=this.query?.trim();this.props.allow_custom_value&&t&&this.custom(t),this.query=null,this.hide(),this.emit("blur")}onInput(t){this.query=t.target.value,this.open=!0,this.active=this.filtered.length>0?0:-1,this.scrollActive=!0}onKeydown(t){if(!this.interactive||t.isComposing)return;let e=this.filtered;switch(t.key){case"ArrowDown":t.preventDefault(),!this.open||t.altKey?this.show():this.move(this.active+1);break;case"ArrowUp":t.preventDefault(),this.open?t.altKey?this.hide():this.move(this.active-1):this.show();break;case"Home":case"End":if(!this.open||this.query)return;t.preventDefault(),this.move(t.key==="Home"?0:e.length-1);break;case"PageDown":case"PageUp":if(!this.open)return;t.preventDefault(),this.move(this.active+(t.key==="PageDown"?10:-10));break;case"Enter":{let n=this.query?.trim();this.open&&this.active>=0&&this.active<e.length?(t.preventDefault(),this.choose(e[this.active])):this.props.allow_custom_value&&n?(t.preventDefault(),this.custom(n),this.query=null,this.multi||this.hide()):this.open||(t.preventDefault(),this.show());break}case"Escape":(this.open||this.query!=null)&&(t.preventDefault(),this.query=null,this.hide());break;case"Backspace":this.multi&&!this.input?.value&&this.selected.length>0&&(t.preventDefault(),this.unselect(this.selected[this.selected.length-1]));break;case"Tab":this.hide();break}}choose(t){if(this.multi){let e=this.isSelected(t.value);if(!e&&this.full)return;let n=this.selected.filter(r=>!k(r,t.value));this.userValue(e?n:[...n,t.value]),this.emit("select",{index:t.index,value:t.value,selected:!e}),this.query&&(this.query=null,this.active=this.filtered.findIndex(r=>r.index===t.index));return}this.query=null,this.hide(),k(this.value,t.value)||this.userValue(t.value),this.emit("select",{index:t.index,value:t.value,selected:!0}),this.updateComplete.then(()=>{let e=this.input;e&&document.activeElement===e&&e.select()})}custom(t){let e=this.options.find(n=>n.label===t);if(e){(!this.isSelected(e.value)||!this.multi)&&this.choose(e);return}if(this.multi){if(this.isSelected(t)||this.full)return;this.userValue([...this.selected,t])}else{if(k(this.value,t))return;this.userValue(t)}this.emit("select",{index:null,value:t,selected:!0})}unselect(t){this.userValue(this.selected.filter(n=>!k(n,t)));let e=this.options.find(n=>k(n.value,t));this.emit("select",{index:e?.index??null,value:t,selected:!1})}};v("dropdown",Z);var Q=class extends b{constructor(){super(...arguments);this.cache={key:"",html:""}}render(){let t=this.props,e=typeof this.value=="string"?this.value:this.value==null?"":String(this.value),n=[t.min_height!=null?`min-height:${T(t.min_height)}`:"",t.max_height!=null?`max-height:${T(t.max_height)};overflow:auto`:""].filter(Boolean).join(";");return l`${t.show_label===!0?this.label(null):u}
      <div
        class="gr-html ${t.padding?"gr-html-padded":""}"
        style=${n||u}
        aria-labelledby=${t.show_label===!0&&t.label?this.uid+"-label":u}
        @click=${()=>this.emit("click")}
      >
        ${bt(this.rendered(e))}
      </div>`}rendered(t){let e=this.props.sanitize_html!==!1,n=`${e}|${t}`;return this.cache.key!==n&&(this.cache={key:n,html:e?yt(t):t}),this.cache.html}};v("html",Q);var tt=class extends b{render(){let i=this.props,t=this.value,e=t==null,n=(i.buttons??[]).includes("copy"),r=i.height!=null?`height:${T(i.height)}`:i.max_height!=null?`max-height:${T(i.max_height)}`:"";return l`${this.label(null)}
      ${e?u:l`<div class="gr-json" role="group" aria-labelledby=${i.label?this.uid+"-label":u}>
            ${n?l`<div class="gr-json-buttons">${I(()=>JSON.stringify(this.value,null,2))}</div>`:u}
            <div class="gr-json-tree" style=${r||u}>${this.node(null,t,0,!0)}</div>
          </div>`}`}node(i,t,e,n){let r=n?u:l`<span class="gr-json-punct">,</span>`,s=i==null?u:typeof i=="number"?l`<span class="gr-json-index">${i}</span><span class="gr-json-punct">: </span>`:l`<span class="gr-json-key">${JSON.stringify(i)}</span><span class="gr-json-punct">: </span>`;if(t===null||typeof t!="object")return l`<div class="gr-json-line">${s}${qt(t)}${r}</div>`;let a=Array.isArray(t),c=a?t.map((f,y)=>[this.props.show_indices?y:null,f]):Object.entries(t),[h,g]=a?["[","]"]:["{","}"];if(c.length===0)return l`<div class="gr-json-line">${s}<span class="gr-json-punct">${h}${g}</span>${r}</div>`;let d=c.length,m=a?`${d} item${d===1?"":"s"}`:`${d} key${d===1?"":"s"}`;return l`<details class="gr-json-node" ?open=${this.props.open===!0||e===0}>
      <summary>
        ${s}<span class="gr-json-punct">${h}</span
        ><span class="gr-json-collapsed"
          ><span class="gr-json-preview">${m}</span><span class="gr-json-punct">${g}</span>${r}</span
        >
      </summary>
      <div class="gr-json-children">${c.map(([f,y],_)=>this.node(f,y,e+1,_===d-1))}</div>
      <div class="gr-json-line gr-json-close"><span class="gr-json-punct">${g}</span>${r}</div>
    </details>`}};function qt(o){if(o===null)return l`<span class="gr-json-null">null</span>`;switch(typeof o){case"string":return l`<span class="gr-json-string">${JSON.stringify(o)}</span>`;case"number":return l`<span class="gr-json-number">${String(o)}</span>`;case"boolean":return l`<span class="gr-json-boolean">${String(o)}</span>`}return l`<span class="gr-json-null">${String(o)}</span>`}v("json",tt);var et=class extends b{render(){let i=this.props,t=this.value;if(t==null)return l`${this.label(null)}`;let e=typeof t=="object"?t.label:t,n=typeof t=="object"&&Array.isArray(t.confidences)?t.confidences:[],r=e!=null&&e!==""&&(i.show_heading!==!1||n.length===0);return l`${this.label(null)}
      <div class="gr-classification" role="group" aria-labelledby=${i.label?this.uid+"-label":u}>
        ${r?l`<div class="gr-classification-top">${String(e)}</div>`:u}
        ${n.length>0?l`<ul class="gr-confidences">
              ${n.map((s,a)=>{let c=Math.max(0,Math.min(1,Number(s.confidence)||0))*100,h=`${Math.round(Number(s.confidence)*100)}%`;return l`<li>
                  <button
                    type="button"
                    class="gr-confidence ${s.label===e?"gr-confidence-top":""}"
                    aria-label="${s.label}: ${h}"
                    @click=${()=>this.emit("select",{index:a,value:s.label})}
                  >
                    <span class="gr-confidence-text"><span class="gr-confidence-name">${s.label}</span><span class="gr-confidence-pct">${h}</span></span>
                    <span class="gr-confidence-track" aria-hidden="true"><span class="gr-confidence-bar" style="width:${c}%"></span></span>
                  </button>
                </li>`})}
            </ul>`:u}
      </div>`}};v("label",et);var it=class extends b{constructor(){super(...arguments);this.handle=null;this.running=null}render(){return u}get interval(){if(this.props.active===!1)return null;let t=this.value==null?1:Number(this.value);return Number.isFinite(t)&&t>0?t*1e3:null}updated(){this.isConnected&&this.interval!==this.running&&this.restart()}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this.restart()}disconnectedCallback(){super.disconnectedCallback(),this.stop()}restart(){this.stop();let t=this.interval;t!=null&&(this.running=t,this.handle=setInterval(()=>this.emit("tick"),t))}stop(){this.handle!=null&&clearInterval(this.handle),this.handle=null,this.running=null}};v("timer",it);var nt=class extends b{constructor(){super(...arguments);this.uploading=!1;this.dragging=!1;this.error=""}static{this.properties={...b.properties,uploading:{state:!0},dragging:{state:!0},error:{state:!0}}}get multiple(){return this.props.file_count==="multiple"||this.props.file_count==="directory"}render(){let t=this.props,e=x(this.value).filter(s=>s!=null&&typeof s=="object"),n=t.height!=null?`height:${T(t.height)}`:"",r=this.interactive&&(e.length===0||this.uploading);return l`${this.label(r?this.uid:null)}
      <div class="gr-file" style=${n||u} role=${r?u:"group"} aria-labelledby=${!r&&t.label?this.uid+"-label":u}>
        ${r?this.zone():e.length>0?this.list(e):l`<div class="gr-file-empty">${p("upload.no_file")}</div>`}
        ${this.error?l`<div class="gr-file-error" role="alert">${this.error}</div>`:u}
      </div>`}zone(){let t=this.props,e=C(t.file_types);return l`<div
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
        accept=${e??u}
        ?multiple=${this.multiple}
        ?webkitdirectory=${t.file_count==="directory"}
        ?disabled=${this.uploading}
        aria-describedby=${t.info?this.uid+"-info":u}
        @change=${this.onPick}
      />
      ${this.uploading?l`<div class="gr-file-status" role="status"><span class="gr-spinner" aria-hidden="true"></span>${p("upload.uploading")}</div>`:l`<label class="gr-file-prompt" for=${this.uid}>
            <span class="gr-file-icon" aria-hidden="true">⇪</span>
            <span>${this.multiple?p("upload.drop_files"):p("upload.drop_file")}</span>
            <span class="gr-file-or">${p("upload.or")}</span>
            <span class="gr-file-click">${p("upload.click")}</span>
            ${e?l`<span class="gr-file-types">${p("upload.accepted",{types:e.replaceAll(",",", ")})}</span>`:u}
          </label>`}
    </div>`}list(t){return l`<div class="gr-file-head">
        <span class="gr-file-count">${t.length===1?"1 file":`${t.length} files`}</span>
        ${this.interactive?l`<button type="button" class="gr-icon-button gr-file-clear" aria-label=${p("common.clear")} title=${p("common.clear")} @click=${this.onClear}>×</button>`:u}
      </div>
      <ul class="gr-file-list">
        ${t.map(e=>{let n=A(e),r=ft(e.size);return l`<li class="gr-file-item">
            <a class="gr-file-name" href=${this.host?.fileURL(e)??e.url??"#"} download=${n} target="_blank" rel="noopener">${n}</a>
            ${r?l`<span class="gr-file-size">${r}</span>`:u}
            ${this.interactive&&t.length>1?l`<button type="button" class="gr-icon-button gr-file-remove" aria-label=${p("common.remove_item",{name:n})} @click=${()=>this.removeFile(e)}>×</button>`:u}
          </li>`})}
      </ul>`}onDragOver(t){!t.dataTransfer||!Array.from(t.dataTransfer.types).includes("Files")||(t.preventDefault(),t.dataTransfer.dropEffect="copy",this.dragging=!0)}onDragLeave(t){let e=t.relatedTarget;(!e||!t.currentTarget.contains(e))&&(this.dragging=!1)}onDrop(t){t.preventDefault(),this.dragging=!1,this.take(Array.from(t.dataTransfer?.files??[]))}onPick(t){let e=t.target,n=Array.from(e.files??[]);e.value="",this.take(n)}async take(t){if(t.length===0||this.uploading)return;let e=this.props.file_types,n=t.filter(a=>H(e,a));if(n.length<t.length){if(this.error=p(t.length-n.length===1?"upload.file_not_accepted":"upload.files_not_accepted",{types:C(e)??""}),n.length===0)return}else this.error="";let r=this.multiple?n:n.slice(0,1),s=this.contains(document.activeElement);this.uploading=!0;try{let a=await this.host.upload(r);if(a.length===0)throw new Error("the server returned no file");this.userValue(this.multiple?a:a[0]),this.emit("upload"),s&&this.updateComplete.then(()=>this.querySelector(".gr-file-clear, .gr-file-name")?.focus())}catch(a){this.error=p("upload.failed",{error:String(a?.message??a)})}finally{this.uploading=!1}}onClear(){this.error="",this.userValue(null),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-file-input")?.focus())}removeFile(t){let e=x(this.value).filter(n=>n!==t);this.userValue(e.length>0?e:null),this.updateComplete.then(()=>this.querySelector(".gr-file-clear, .gr-file-input")?.focus())}};v("file",nt);var st=class extends b{constructor(){super(...arguments);this.progress=null;this.note="";this.error=""}static{this.properties={...b.properties,progress:{state:!0},note:{state:!0},error:{state:!0}}}get multiple(){return this.props.file_count==="multiple"||this.props.file_count==="directory"}render(){let t=this.props,e=this.progress!=null,n=Math.round((this.progress??0)*100),r=P(t.icon,this.host);return l`<input
        class="gr-file-input"
        type="file"
        tabindex="-1"
        aria-hidden="true"
        accept=${C(t.file_types)??u}
        ?multiple=${this.multiple}
        ?webkitdirectory=${t.file_count==="directory"}
        @change=${this.onPick}
      />
      <button
        type="button"
        class="gr-button gr-${t.variant??"secondary"} gr-${t.size??"lg"} gr-upload-button"
        part="button"
        style=${e?`--gr-upload:${n}%`:u}
        ?disabled=${!this.interactive}
        aria-disabled=${e?"true":u}
        aria-busy=${e?"true":"false"}
        @click=${this.onClick}
      >
        ${r?l`<img class="gr-button-icon" src=${r} alt="" />`:u}${e?p("upload.uploading_percent",{percent:n}):M(t.label??"Upload a File")}
      </button>
      <div class="gr-sr-only" role="status">${this.note}</div>
      ${this.error?l`<div class="gr-file-error" role="alert">${this.error}</div>`:u}`}onClick(){!this.interactive||this.progress!=null||(this.emit("click"),this.querySelector(".gr-file-input")?.click())}async onPick(t){let e=t.target,n=Array.from(e.files??[]);if(e.value="",n.length===0)return;let r=n.filter(a=>H(this.props.file_types,a));this.error=r.length<n.length?p("upload.not_accepted",{types:C(this.props.file_types)??"",names:n.filter(a=>!r.includes(a)).map(a=>a.name).join(", ")}):"";let s=this.multiple?r:r.slice(0,1);if(s.length!==0){this.progress=0,this.note=p("upload.uploading_label");try{let a=await this.host.upload(s,c=>this.progress=c);if(a.length===0)throw new Error("the server returned no file");this.userValue(this.multiple?a:a[0]),this.emit("upload"),this.note=a.length===1?p("upload.uploaded_file",{name:s[0].name}):p("upload.uploaded_files",{n:a.length})}catch(a){this.error=p("upload.failed",{error:String(a?.message??a)}),this.note=""}finally{this.progress=null}}}};v("uploadbutton",st);var rt=class extends b{render(){let i=this.props,t=this.value,e=$t(t)?t:typeof t=="string"&&t?{path:t,url:t,meta:{_type:"gradio.FileData"}}:null,n=`gr-button gr-${i.variant??"secondary"} gr-${i.size??"lg"} gr-download-button`,r=P(i.icon,this.host),s=l`${r?l`<img class="gr-button-icon" src=${r} alt="" />`:u}${M(i.label??"Download")}`;return!e||!this.interactive?l`<button type="button" class=${n} part="button" disabled>${s}</button>`:l`<a class=${n} part="button" href=${this.host?.fileURL(e)??e.url??"#"} download=${A(e)} title=${A(e)} @click=${()=>this.emit("click")}>${s}</a>`}};v("downloadbutton",rt);$(["image"],()=>import("./chunk-46VFVYFY.js"));$(["imageeditor"],()=>import("./chunk-RLTDSM5A.js"));$(["gallery"],()=>import("./chunk-V64TX3JS.js"));$(["annotatedimage"],()=>import("./chunk-7VTII63R.js"));$(["imageslider"],()=>import("./chunk-DC6VS725.js"));$(["audio"],()=>import("./chunk-QH2PL5TU.js"));$(["video"],()=>import("./chunk-XQS76WYP.js"));$(["dataframe"],()=>import("./chunk-3GXVGSHU.js"));$(["chatbot"],()=>import("./chunk-ZDUXNQ2Z.js"));$(["plot"],()=>import("./chunk-63ZREUQS.js"));$(["nativeplot"],()=>import("./chunk-725GEONP.js"));$(["code"],()=>import("./chunk-TWBWYTK2.js"));$(["highlightedtext"],()=>import("./chunk-UBTNFG4T.js"));$(["colorpicker"],()=>import("./chunk-EIMWZ7CW.js"));$(["datetime"],()=>import("./chunk-VC4WNQDV.js"));$(["multimodaltextbox"],()=>import("./chunk-UO3HOLAN.js"));$(["chathistory"],()=>import("./chunk-SLDJMQQN.js"));$(["dataset"],()=>import("./chunk-XWG67VX2.js"));var N=class extends Error{constructor(t,e){super(t);this.status=e}},O=class{constructor(i){this.config=i;this.session=Math.random().toString(36).slice(2)+Date.now().toString(36);this.listeners=new Map;this.early=new Map;this.streaming=!1;this.lastId=null;this.broke=!1;this.noticed=!1;this.headers={};this.base=new URL(".",document.baseURI).href.replace(/\/$/,"")+i.api_prefix}url(i){return this.base+i}async join(i,t,e,n,r=null){let s=await this.post("/queue/join",{data:t,fn_index:i,session_hash:this.session,event_data:r??null,trigger_id:n});if(!s.ok)throw new N(at(s.body,s.status),s.status);let a=s.body.event_id;this.listeners.set(a,e);for(let c of this.early.get(a)??[])this.deliver(c);return this.early.delete(a),this.ensureStream(),a}async run(i,t,e,n,r=null){let s=await this.post(`/run/${encodeURIComponent(i)}`,{data:e,fn_index:t,session_hash:this.session,event_data:r??null,trigger_id:n});return s.ok||s.status===500&&typeof s.body=="object"&&"error"in s.body?s.body:{error:at(s.body,s.status),title:p("app.error")}}async cancel(i,t){await this.post("/cancel",{event_id:i,session_hash:this.session,fn_index:t}).catch(()=>{})}upload(i,t){let e=new FormData;for(let n of i)e.append("files",n,n.name);return new Promise((n,r)=>{let s=new XMLHttpRequest;s.open("POST",this.url("/upload")),s.responseType="text",t&&(s.upload.onprogress=a=>a.lengthComputable&&t(a.loaded/a.total)),s.onerror=()=>r(new N("The upload failed: the connection broke.",0)),s.onload=()=>{if(s.status<200||s.status>=300){let c=s.responseText;try{c=JSON.parse(c)}catch{}r(new N(at(c,s.status),s.status));return}let a=JSON.parse(s.responseText);n(a.map((c,h)=>({path:c,orig_name:i[h].name,size:i[h].size,mime_type:i[h].type||null,meta:{_type:"gradio.FileData"}})))},s.send(e)})}heartbeat(){let i=()=>{let t=new EventSource(this.url(`/heartbeat/${this.session}`));t.onerror=()=>{t.close(),setTimeout(i,2e3)}};i()}async post(i,t){let e=await fetch(this.url(i),{method:"POST",headers:{"Content-Type":"application/json","X-Gradio-User":"app",...this.headers},body:JSON.stringify(t)}),n=await e.text(),r=n;try{r=JSON.parse(n)}catch{}return{ok:e.ok,status:e.status,body:r}}ensureStream(){this.streaming||(this.streaming=!0,this.pump().finally(()=>{this.streaming=!1,this.reconnecting(!1),this.listeners.size>0&&this.ensureStream()}))}async pump(){let i=0;do{let t=await this.readStream();if(t==="failed")return;if((t==="closed"||t==="progress")&&(i=0),(t==="closed"||t==="idle")&&(this.broke=!1),t!=="closed"){if(this.listeners.size===0)return;if(i>=Et.length){this.broken(p(t==="idle"?"app.session_lost":"app.connection_lost"));return}t!=="idle"&&(this.broke=!0,this.reconnecting(!0)),await new Promise(e=>setTimeout(e,Et[i++]))}}while(this.listeners.size>0)}async readStream(){let i={Accept:"text/event-stream"},t=this.lastId??(this.broke?"0":null);t!==null&&(i["Last-Event-ID"]=t);let e;try{e=await fetch(this.url(`/queue/data?session_hash=${encodeURIComponent(this.session)}`),{headers:i})}catch{return"broken"}if(!e.ok||!e.body)return e.status>=500||e.status===429?"broken":(this.broken(p("app.connection_error_http",{status:e.status})),"failed");this.reconnecting(!1);let n=e.body.pipeThrough(new TextDecoderStream).getReader(),r="",s=!1,a=!1;for(;;){let{value:c,done:h}=await n.read().catch(()=>({value:void 0,done:!0}));if(h)return s?"progress":"broken";let g=wt(r+c);r=g.rest;for(let d of g.frames){if(s=!0,d.id!==null&&this.lastId!==null&&!kt(d.id,this.lastId)||!d.data)continue;let m;try{m=JSON.parse(d.data)}catch{continue}if(m.msg==="close_stream")return await n.cancel().catch(()=>{}),a?"closed":"idle";if(m.event_id==null&&m.msg==="unexpected_error")return await n.cancel().catch(()=>{}),this.broken(m.session_not_found?p("app.session_lost"):m.message??p("app.unexpected_error")),"failed";d.id!==null&&(this.lastId=d.id),m.event_id!=null&&(a=!0);try{this.deliver(m)}catch(f){console.error(f)}}}}reconnecting(i){i&&this.noticeTimer===void 0&&!this.noticed?this.noticeTimer=setTimeout(()=>{this.noticeTimer=void 0,this.noticed=!0,this.onReconnecting?.(!0)},1500):i||(clearTimeout(this.noticeTimer),this.noticeTimer=void 0,this.noticed&&this.onReconnecting?.(!1),this.noticed=!1)}deliver(i){if(i.event_id==null)return;let t=this.listeners.get(i.event_id);if(!t){let e=this.early.get(i.event_id)??[];e.push(i),this.early.set(i.event_id,e);return}i.msg==="process_completed"&&this.listeners.delete(i.event_id),t(i)}broken(i){let t=[...this.listeners.entries()];this.listeners.clear();for(let[e,n]of t)n({msg:"process_completed",event_id:e,success:!1,output:{error:i,title:p("app.error")}})}},Et=[500,1e3,2e3,4e3,8e3,1e4,1e4,1e4];function at(o,i){if(o&&typeof o=="object"){if(typeof o.detail=="string")return o.detail;if(typeof o.error=="string")return o.error}return typeof o=="string"&&o?o:`HTTP ${i}`}function Tt(o,i,t){return i.flatMap((e,n)=>{let r=o.entries.get(e);if(!r||r.kind==="state")return[];let s=t[n],a=JSON.stringify(s)??"null";return a.length>2e4&&(s=`(${a.length} characters, too large to attach)`),[{label:String(r.props.label??r.kind),value:s}]})}function St(o,i,t){o.lastRun={endpoint:i.api_name?"/"+i.api_name:`fn ${i.id}`,time:new Date().toISOString(),inputs:Tt(o,i.inputs,t),outputs:Tt(o,i.outputs,i.outputs.map(e=>o.value(e)))}}function Mt(o){window.parent!==window&&window.addEventListener("message",i=>{i.source!==window.parent||i.origin!==location.origin||i.data?.type!=="gradio:snapshot-request"||window.parent.postMessage({type:"gradio:snapshot",snapshot:o.lastRun},location.origin)})}var q=class{constructor(i){this.app=i;this.byTarget=new Map;this.byParent=new Map;this.state=new Map;this.jsFns=new Map;for(let t of i.config.dependencies){this.state.set(t.id,{running:0,again:!1,events:new Set});for(let[e,n]of t.targets){if(e==null)continue;let r=`${e}:${n}`;this.byTarget.set(r,[...this.byTarget.get(r)??[],t])}t.trigger_after!=null&&this.byParent.set(t.trigger_after,[...this.byParent.get(t.trigger_after)??[],t])}}trigger(i,t,e){for(let n of this.byTarget.get(`${i}:${t}`)??[])this.run(n,i,e)}async run(i,t,e=null){let n=this.state.get(i.id);if(n.running>0&&i.trigger_mode!=="multiple")return i.trigger_mode==="always_last"&&(n.again=!0),!1;for(let s of i.cancels)this.cancel(s);if(!i.backend_fn&&!i.js)return!0;n.running++;let r=!1;try{r=await this.execute(i,t,e)}finally{n.running--}for(let s of this.byParent.get(i.id)??[])s.trigger_only_on_success&&!r||s.trigger_only_on_failure&&r||this.run(s,null);return n.again&&n.running===0&&(n.again=!1,this.run(i,t)),r}cancel(i){let t=this.state.get(i);if(t)for(let e of t.events)this.app.client.cancel(e,i)}async execute(i,t,e){let n=i.inputs.map(s=>this.app.entries.get(s)?.kind==="state"?null:this.app.value(s));if(i.js){let s;try{s=await this.jsFn(i)(...n)}catch(a){return this.app.toast({level:"error",title:p("app.error"),message:p("app.script_failed",{error:String(a)}),duration:10}),!1}if(!i.backend_fn)return this.setOutputs(i,Array.isArray(s)?s:[s]),!0;s!==void 0&&(n=Array.isArray(s)?s:[s])}let r=performance.now();this.status(i,{stage:"pending",started:r,show:i.show_progress});try{let s=i.queue?await this.queued(i,n,t,e,r):await this.direct(i,n,t,e);return s&&St(this.app,i,n),s}catch(s){return this.status(i,null),this.app.toast({level:"error",title:p("app.error"),message:s.message,duration:10}),!1}}async direct(i,t,e,n){let r=await this.app.client.run(i.api_name,i.id,t,e,n);return this.status(i,null),"error"in r?(this.error(r),!1):(this.setOutputs(i,r.data??[]),!0)}queued(i,t,e,n,r){let s=this.state.get(i.id),a=null;return new Promise((c,h)=>{let g="",d=m=>{switch(m.msg){case"estimation":this.status(i,{stage:"pending",position:m.rank,size:m.queue_size,eta:m.rank_eta,started:r,show:i.show_progress});break;case"process_starts":this.status(i,{stage:"pending",eta:m.eta,started:r,show:i.show_progress});break;case"progress":this.status(i,{stage:"pending",progress:m.progress_data,started:r,show:i.show_progress});break;case"log":this.app.toast({level:m.level??"info",title:m.title??"",message:m.log??"",duration:m.duration??10});break;case"process_generating":{if(!m.success)break;a==null&&this.status(i,{stage:"generating",started:r,show:i.show_progress});let f=m.output.data;a=a==null?f:a.map((y,_)=>_t(y,f[_])),this.setOutputs(i,a);break}case"process_completed":s.events.delete(g),this.status(i,null),m.success?Array.isArray(m.output?.data)?(this.setOutputs(i,m.output.data),i.scroll_to_output&&this.scrollTo(i),c(!0)):c(!1):(this.error(m.output),c(!1))}};this.app.client.join(i.id,t,d,e,n).then(m=>{g=m,s.events.add(m)},h)})}setOutputs(i,t){i.outputs.forEach((e,n)=>{n<t.length&&this.app.entries.get(e)?.kind!=="state"&&this.app.setValue(e,t[n])})}status(i,t){for(let e of i.outputs)this.app.entries.get(e)?.status?.set(t)}error(i){i?.visible!==!1&&this.app.toast({level:"error",title:i?.title??p("app.error"),message:i?.error??p("app.error_occurred"),duration:i&&"duration"in i?i.duration:10})}scrollTo(i){let t=this.app.entries.get(i.outputs[0])?.wrap;if(!t)return;let e=t.getBoundingClientRect();(e.top<0||e.bottom>window.innerHeight)&&t.scrollIntoView({behavior:"smooth",block:"nearest"})}jsFn(i){let t=this.jsFns.get(i.id);return t||(t=new Function(`return (${i.js})`)(),this.jsFns.set(i.id,t)),t}};var R=class extends HTMLElement{constructor(){super(...arguments);this.timer=0;this.status=null}set(t){if(this.status=t,clearInterval(this.timer),!t||t.stage==="complete"||t.stage==="error"||t.show==="hidden"){this.hidden=!0,this.replaceChildren(),this.parentElement?.removeAttribute("aria-busy");return}this.hidden=!1,this.parentElement?.setAttribute("aria-busy","true"),this.render(),this.timer=window.setInterval(()=>this.render(),100)}disconnectedCallback(){clearInterval(this.timer)}render(){let t=this.status;this.className=`gr-status gr-status-${t.stage} gr-status-${t.show}`;let e=[];if(t.show==="minimal"){this.replaceChildren(Lt());return}let n=t.progress?.find(c=>c.progress!=null||c.index!=null&&c.length);if(n){let c=n.progress??(n.index+1)/n.length,h=document.createElement("div");h.className="gr-progress",h.setAttribute("role","progressbar"),h.setAttribute("aria-valuemin","0"),h.setAttribute("aria-valuemax","100"),h.setAttribute("aria-valuenow",String(Math.round(c*100)));let g=document.createElement("div");g.className="gr-progress-fill",g.style.width=`${Math.max(0,Math.min(1,c))*100}%`,h.append(g);let d=document.createElement("div");d.className="gr-progress-label";let m=n.index!=null&&n.length?`${n.index+1}/${n.length} ${n.unit??""}`:`${Math.round(c*100)}%`;d.textContent=n.desc?`${n.desc} · ${m}`:m,e.push(h,d)}else e.push(Lt());let r=document.createElement("div");r.className="gr-status-meta";let s=t.started?((performance.now()-t.started)/1e3).toFixed(1):null,a=[];t.stage==="pending"&&t.position!=null&&t.position>0&&a.push(p("app.queue",{position:t.position+1,size:t.size??"?"})),s&&a.push(t.eta?`${s}/${t.eta.toFixed(1)}s`:`${s}s`),r.textContent=a.join(" | "),e.push(r),this.replaceChildren(...e)}};customElements.define("gradio-status",R);function Lt(){let o=document.createElement("div");return o.className="gr-spinner",o.setAttribute("aria-label",p("app.loading")),o}var D=class extends HTMLElement{connectedCallback(){this.setAttribute("role","region"),this.setAttribute("aria-label",p("app.notifications"))}show(i){let t=document.createElement("div");t.className=`gr-toast gr-toast-${i.level}`,t.setAttribute("role",i.level==="error"?"alert":"status"),t.setAttribute("aria-live",i.level==="error"?"assertive":"polite");let e=document.createElement("div");e.className="gr-toast-title",e.textContent=i.title;let n=document.createElement("div");n.className="gr-toast-message",n.textContent=i.message;let r=document.createElement("button");return r.className="gr-toast-close",r.type="button",r.setAttribute("aria-label",p("app.close")),r.textContent="×",r.onclick=()=>t.remove(),t.append(e,n,r),this.append(t),i.duration!=null&&i.duration>0&&setTimeout(()=>t.remove(),i.duration*1e3),t}};customElements.define("gradio-toasts",D);function Ct(o,i,t){let e=document.createElement("div");e.className="gr-tabs";let n=document.createElement("div");n.className="gr-tablist",n.setAttribute("role","tablist"),e.append(n);let s=(t.children??[]).map(d=>({node:d,entry:o.entries.get(d.id)})).filter(d=>d.entry).map(({node:d,entry:m})=>{let f=document.createElement("button");f.type="button",f.className="gr-tab",f.setAttribute("role","tab"),f.id=`gr-tab-${d.id}`;let y=document.createElement("div");y.className="gr-tabpanel",y.setAttribute("role","tabpanel"),y.id=`gr-tabpanel-${d.id}`,y.setAttribute("aria-labelledby",f.id),f.setAttribute("aria-controls",y.id),y.hidden=!0,n.append(f),e.append(y),m.wrap=y;let _=!1,F=()=>{_||(_=!0,y.append(o.buildChildren(d.children??[],"column")))};return{id:d.id,entry:m,button:f,panel:y,show:F}}),a=-1,c=(d,m)=>{d===a||d<0||(a=d,s.forEach((f,y)=>{f.button.setAttribute("aria-selected",String(y===d)),f.button.tabIndex=y===d?0:-1,f.panel.hidden=y!==d}),s[d].show(),m&&(o.dispatcher.trigger(s[d].id,"select"),o.dispatcher.trigger(i.config.id,"select"),o.dispatcher.trigger(i.config.id,"change")))};s.forEach((d,m)=>{d.button.onclick=()=>c(m,!0),d.button.onkeydown=f=>{let y=f.key==="ArrowRight"?1:f.key==="ArrowLeft"?-1:0;if(!y)return;f.preventDefault();let _=s.map((pt,Pt)=>Pt).filter(pt=>s[pt].entry.props.visible!==!1),F=_.indexOf(m),ct=_[(F+y+_.length)%_.length];c(ct,!0),s[ct].button.focus()}});let h=()=>{for(let f of s)f.button.textContent=f.entry.props.label??"",f.button.hidden=f.entry.props.visible===!1,f.button.disabled=f.entry.props.interactive===!1;let d=i.props.selected,m=s.findIndex(f=>d!=null&&(f.entry.props.id===d||f.entry.props.label===d));m<0&&a<0&&(m=s.findIndex(f=>f.entry.props.visible!==!1)),m>=0&&c(m,!1)},g={update:h};i.lazy=g;for(let d of s)d.entry.lazy=g;return h(),e}function At(o,i,t){let e=document.createElement("div");e.className="gr-accordion";let n=document.createElement("button");n.type="button",n.className="gr-accordion-header",n.id=`gr-accordion-${t.id}`;let r=document.createElement("span"),s=document.createElement("span");s.className="gr-accordion-icon",s.setAttribute("aria-hidden","true"),n.append(r,s);let a=document.createElement("div");a.className="gr-accordion-body",a.id=`gr-accordion-body-${t.id}`,a.setAttribute("role","region"),a.setAttribute("aria-labelledby",n.id),n.setAttribute("aria-controls",a.id),e.append(n,a);let c=!1,h=!1,g=(d,m)=>{h=d,n.setAttribute("aria-expanded",String(d)),e.classList.toggle("gr-open",d),a.hidden=!d,d&&!c&&(c=!0,a.append(o.buildChildren(t.children??[],"column"))),m&&o.dispatcher.trigger(t.id,d?"expand":"collapse")};return n.onclick=()=>{i.props={...i.props,open:!h},g(!h,!0)},i.lazy={update(){r.textContent=i.props.label??"",i.props.open!==h&&g(i.props.open!==!1,!1)}},r.textContent=i.props.label??"",g(i.props.open!==!1,!1),e}var Ft=[["go","Go"],["javascript","JavaScript"],["python","Python"],["bash","curl"],["cli","gradio CLI"]],j=class extends HTMLElement{constructor(){super(...arguments);this.info={};this.language=localStorage.getItem("gradio-api-lang")??"go";this.failure=""}async connectedCallback(){this.className="gr-api-page",this.draw();try{let t=await fetch("./gradio_api/info");if(!t.ok)throw new Error(`HTTP ${t.status}`);this.info=(await t.json()).named_endpoints??{}}catch(t){this.failure=p("api.load_failed",{error:t.message})}this.draw()}draw(){let t=Object.keys(this.info).sort();ut(l`<main class="gr-app gr-api">
        <nav class="gr-api-nav"><a href="./">${p("api.back")}</a></nav>
        <h1 class="gr-api-title">${p("api.title",{title:this.config?.title||p("api.this_app")})}</h1>
        <p>
          ${zt(t.length===1?p("api.intro_one"):p("api.intro_many",{n:t.length}))}
        </p>
        <div class="gr-api-toolbar">
          <div class="gr-tablist" role="tablist" aria-label=${p("api.language")}>
            ${Ft.map(([e,n])=>l`<button type="button" role="tab" class="gr-tab" aria-selected=${String(this.language===e)}
                @click=${()=>this.setLang(e)}>${n}</button>`)}
          </div>
          <button type="button" class="gr-button gr-secondary gr-sm gr-api-markdown" @click=${e=>this.copyMarkdown(e)}>
            ${p("api.copy_markdown")}
          </button>
        </div>
        ${this.failure?l`<div class="gr-file-error" role="alert">${this.failure}</div>`:u}
        ${t.map(e=>this.endpoint(e,this.info[e]))}
      </main>`,this)}setLang(t){this.language=t,localStorage.setItem("gradio-api-lang",t),this.draw()}endpoint(t,e){let n=e.code_snippets?.[this.language]??"";return l`<section class="gr-api-endpoint" aria-labelledby="ep-${t}">
      <h2 id="ep-${t}"><code>${t}</code></h2>
      ${e.description?l`<p>${e.description}</p>`:u}
      <div class="gr-api-tables">
        <table class="gr-api-table">
          <caption>${p("api.parameters")}</caption>
          <thead><tr><th>${p("api.name")}</th><th>${p("api.type")}</th><th>${p("api.component")}</th><th>${p("api.default")}</th></tr></thead>
          <tbody>
            ${e.parameters.length===0?l`<tr><td colspan="4">${p("api.none")}</td></tr>`:u}
            ${e.parameters.map(r=>l`<tr>
                <td><code>${r.parameter_name}</code></td>
                <td><code>${r.python_type.type}</code></td>
                <td>${r.component}</td>
                <td>${r.parameter_has_default?l`<code>${JSON.stringify(r.parameter_default)}</code>`:p("api.required")}</td>
              </tr>`)}
          </tbody>
        </table>
        <table class="gr-api-table">
          <caption>${p("api.returns")}</caption>
          <thead><tr><th>${p("api.label")}</th><th>${p("api.type")}</th><th>${p("api.component")}</th></tr></thead>
          <tbody>
            ${e.returns.map(r=>l`<tr><td>${r.label}</td><td><code>${r.python_type.type}</code></td><td>${r.component}</td></tr>`)}
          </tbody>
        </table>
      </div>
      <div class="gr-api-code">
        <button type="button" class="gr-icon-button gr-api-copy" aria-label=${p("api.copy_code")} @click=${r=>Nt(r,n)}>${p("common.copy")}</button>
        <pre><code>${n}</code></pre>
      </div>
    </section>`}markdown(){let t=[`# API of ${this.config?.title||"this app"}`,"",`Base URL: ${location.origin}${location.pathname.replace(/\/$/,"")}`,""];for(let e of Object.keys(this.info).sort()){let n=this.info[e];t.push(`## ${e}`,""),n.description&&t.push(n.description,""),t.push("Parameters:"),n.parameters.length===0&&t.push("- none");for(let s of n.parameters){let a=s.parameter_has_default?`default ${JSON.stringify(s.parameter_default)}`:"required";t.push(`- \`${s.parameter_name}\` (${s.python_type.type}, ${s.component}): ${a}; example ${JSON.stringify(s.example_input)}`)}t.push("","Returns:");for(let s of n.returns)t.push(`- ${s.label} (${s.python_type.type}, ${s.component})`);let r=n.code_snippets?.[this.language];r&&t.push("","```"+(this.language==="bash"||this.language==="cli"?"sh":this.language),r.trimEnd(),"```"),t.push("")}return t.join(`
`)}copyMarkdown(t){Nt(t,this.markdown())}};customElements.define("gradio-api-page",j);function zt(o){let i=o.indexOf("gradio");return i<0?l`${o}`:l`${o.slice(0,i)}<code>gradio</code>${o.slice(i+6)}`}async function Nt(o,i){let t=o.currentTarget,e=t.textContent;try{await navigator.clipboard.writeText(i),t.textContent=p("common.copied")}catch{t.textContent=p("common.copy_failed")}setTimeout(()=>t.textContent=e,1500)}var ot=["system","light","dark"],Rt={system:"app.theme_system",light:"app.theme_light",dark:"app.theme_dark"};function Dt(){let o=window.gradio_theme;if(!o)return"";let i=document.createElement("button");i.type="button",i.className="gr-mode-toggle";let t=()=>{i.textContent=p(Rt[o.mode]??Rt.system),i.title=p("app.theme_switch")};i.addEventListener("click",()=>{o.set(ot[(ot.indexOf(o.mode)+1)%ot.length]),t()}),t();let e=document.createElement("span");e.textContent=" · ";let n=document.createElement("span");return n.append(e,i),n}var Gt=["label","value","placeholder","title","description","info"],jt="__i18n__";function Vt(o,i){let t=[];for(let e of[...i,"en"])for(let n of[e,e.split("-")[0]])o[n]&&!t.includes(o[n])&&t.push(o[n]);return t}function It(o,i){if(!o||Object.keys(o).length===0)return null;let t=Vt(o,i),e=n=>{if(typeof n!="string"||!n.startsWith(jt))return n;try{let r=JSON.parse(n.slice(jt.length)).key;for(let s of t)if(r in s)return s[r];return r}catch{return n}};return n=>{let r=n;for(let s of Gt){let a=e(n[s]);a!==n[s]&&(r===n&&(r={...n}),r[s]=a)}return r}}var lt=class extends HTMLElement{constructor(){super(...arguments);this.entries=new Map;this.lastRun=null;this.toasts=new D;this.i18n=t=>t}async connectedCallback(){let t=window.gradio_config??await(await fetch("./config")).json();if(await mt(z(t.locale)),new URLSearchParams(location.search).get("view")==="api"){document.title=`API · ${t.title||"Gradio"}`;let e=new j;e.config=t,this.replaceChildren(e);return}await this.start(t)}async start(t){this.config=t,this.client=new O(t);let e=null;this.client.onReconnecting=c=>{e?.remove(),e=c?this.toasts.show({level:"info",title:p("app.reconnecting"),message:p("app.reconnecting_detail"),duration:null}):null},this.host={upload:(c,h)=>this.client.upload(c,h),fileURL:c=>c.url||this.client.url(`/file=${c.path}`)},document.title=t.title||"Gradio";let n=new Set,r=new Set;for(let c of t.dependencies)c.inputs.forEach(h=>n.add(h)),c.outputs.forEach(h=>r.add(h));this.i18n=It(t.i18n_translations,z(t.locale))??(c=>c);for(let c of t.components){let{value:h,...g}=this.i18n(c.props),d=typeof g.interactive=="boolean"?g.interactive:n.has(c.id)||!r.has(c.id);this.entries.set(c.id,{config:c,kind:c.type,props:g,value:h??null,el:null,wrap:null,status:null,interactive:d})}this.dispatcher=new q(this),await ht(t.components.map(c=>c.type));let s=document.createElement("main");if(s.className="gr-app gradio-container",t.mode==="interface"&&t.title){let c=document.createElement("h1");c.className="gr-title",c.textContent=t.title,s.append(c)}t.description&&s.append(Ht(t.description,"gr-description"));let a=this.buildChildren(t.layout.children??[],"column");a.classList.add("gr-root"),s.append(a),t.article&&s.append(Ht(t.article,"gr-article")),s.append(Ut()),this.replaceChildren(s,this.toasts),t.js&&Kt(t.js),t.connect_heartbeat&&this.client.heartbeat(),Mt(this),t.collaboration&&import("./chunk-VG55CSRZ.js").then(c=>c.startRoom(this)),this.dispatcher.trigger(t.layout.id,"load")}toast(t){this.toasts.show(t)}buildChildren(t,e){let n=document.createElement("div");n.className=e==="row"?"gr-row":"gr-column";for(let r of t){let s=this.build(r);s&&n.append(s)}return n}build(t){let e=this.entries.get(t.id);if(!e)return null;let n;switch(e.kind){case"state":return null;case"row":n=this.buildChildren(t.children??[],"row"),e.props.equal_height&&n.classList.add("gr-equal-height"),e.props.variant&&e.props.variant!=="default"&&n.classList.add(`gr-${e.props.variant}`);break;case"column":case"form":n=this.buildChildren(t.children??[],"column"),e.props.variant&&e.props.variant!=="default"&&n.classList.add(`gr-${e.props.variant}`);break;case"group":n=this.buildChildren(t.children??[],"column"),n.classList.add("gr-group");break;case"tabs":n=Ct(this,e,t);break;case"accordion":n=At(this,e,t);break;case"tabitem":return null;default:n=this.buildComponent(e)}return e.wrap=n,n.dataset.id=String(t.id),this.applyLayoutProps(e),n}buildComponent(t){let e=document.createElement("div");e.className=`gr-block gr-block-${t.kind}`,e.setAttribute("part","block");let n=dt(t.kind),r=document.createElement(n??"gradio-fallback");r.host=this.host,r.props=n?t.props:{...t.props,kind:t.kind},r.value=t.value,r.interactive=t.interactive,r.addEventListener("gradio",a=>{let{event:c,data:h}=a.detail;(c==="change"||c==="input")&&(t.value=r.value),this.onUserEvent?.(t.config.id,c),this.dispatcher.trigger(t.config.id,c,h)}),t.el=r;let s=new R;return s.hidden=!0,t.status=s,e.append(r,s),t.props.container===!1&&e.classList.add("gr-no-container"),e}applyLayoutProps(t){let e=t.wrap;if(!e)return;e.hidden=t.props.visible===!1,t.props.elem_id&&(e.id=t.props.elem_id);for(let s of t.props.elem_classes??[])e.classList.add(s);let n=t.props.scale??(t.kind==="column"?1:null);n!=null&&(e.style.flexGrow=String(n));let r=t.props.min_width;r!=null&&(e.style.minWidth=`min(${r}px, 100%)`)}setValue(t,e){let n=this.entries.get(t);if(n){if(e&&typeof e=="object"&&e.__type__==="update"){let{__type__:r,value:s,...a}=e;this.updateProps(n,a),"value"in e&&this.setValue(t,s);return}JSON.stringify(n.value)!==JSON.stringify(e)&&(n.value=e,n.el&&(n.el.value=e),this.dispatcher.trigger(t,"change"))}}updateProps(t,e){if(Object.keys(e).length!==0){if(e=this.i18n(e),t.props={...t.props,...e},typeof e.interactive=="boolean"&&(t.interactive=e.interactive),t.el&&"props"in t.el){let n=t.el;n.props=t.props,n.interactive=t.interactive}t.lazy?.update(),this.applyLayoutProps(t)}}value(t){return this.entries.get(t)?.value??null}};customElements.define("gradio-app",lt);function Kt(o){try{Promise.resolve(new Function(`return (${o})();`)()).catch(i=>console.error("gradio: the app's js failed",i))}catch(i){console.error("gradio: the app's js failed",i)}}function Ht(o,i){let t=document.createElement("div");return t.className=`gr-prose ${i}`,t.innerHTML=vt(o),t}function Ut(){let o=document.createElement("footer");o.className="gr-footer";let i=document.createElement("a");i.href="./?view=api",i.textContent=p("app.use_via_api");let t=document.createElement("span");t.textContent=" · ";let e=document.createElement("span");return e.textContent=p("app.built_with"),o.append(i,t,e,Dt()),o}
