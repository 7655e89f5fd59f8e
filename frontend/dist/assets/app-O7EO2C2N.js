import{a as we,b as ke,c as _e}from"./chunk-BVTAROJA.js";import{a as w}from"./chunk-ZFITRCAI.js";import{a as T}from"./chunk-SSFLOQ7M.js";import{a as I,b as ge}from"./chunk-ECV67A27.js";import"./chunk-H6LKGIRZ.js";import{c as ve,d as ye}from"./chunk-4BY5VSFZ.js";import{a as be}from"./chunk-WPMDZ3VC.js";import"./chunk-6VDU4B6A.js";import{b as $e,c as O}from"./chunk-HSITOYZK.js";import{a as S,b as k,c as x,d as E,e as M,f as V,g as fe,h as A,i as L,j as H}from"./chunk-SUUXRMRK.js";import{a as f,b as v,c as he,d as $,e as P}from"./chunk-NCJSEHBS.js";import{a as z,b as me,c,d as C}from"./chunk-P7YIV3HJ.js";import{j as l,n as p,p as de}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var K=class extends f{render(){return l`${this.label(null)}
      <div class="gr-fallback">${c("app.unsupported",{kind:String(this.props.kind)})}</div>`}};v("fallback",K);var U=class extends f{render(){let i=this.props,e=i.lines??1,t={placeholder:i.placeholder??"",dir:i.rtl?"rtl":"auto",readonly:!this.interactive},n=e<=1?this.input(t):l`<textarea
              id=${this.uid}
              class="gr-input gr-textarea"
              part="input"
              rows=${e}
              .value=${w(this.value??"")}
              placeholder=${t.placeholder}
              dir=${t.dir}
              ?readonly=${t.readonly}
              maxlength=${i.max_length??p}
              aria-describedby=${i.info?this.uid+"-info":p}
              @input=${this.onInput}
              @keydown=${this.onKeydown}
              @focus=${()=>this.emit("focus")}
              @blur=${()=>this.emit("blur")}
              @select=${()=>this.emit("select")}
            ></textarea>`;return l`${this.label()}
      <div class="gr-input-row">
        ${n}
        ${(i.buttons??[]).includes("copy")?I(()=>this.value??""):p}
        ${i.submit_btn&&this.interactive?l`<button type="button" class="gr-button gr-primary gr-sm" part="button submit" @click=${()=>this.emit("submit")}>
              ${typeof i.submit_btn=="string"?i.submit_btn:c("button.submit")}
            </button>`:p}
        ${i.stop_btn?l`<button type="button" class="gr-button gr-stop gr-sm" part="button stop" @click=${()=>this.emit("stop")}>
              ${typeof i.stop_btn=="string"?i.stop_btn:c("button.stop")}
            </button>`:p}
      </div>`}input(i){let e=this.props;return l`<input
      id=${this.uid}
      class="gr-input"
      part="input"
      type=${e.type==="password"||e.type==="email"?e.type:"text"}
      .value=${w(this.value??"")}
      placeholder=${i.placeholder}
      dir=${i.dir}
      ?readonly=${i.readonly}
      ?autofocus=${e.autofocus}
      maxlength=${e.max_length??p}
      aria-describedby=${e.info?this.uid+"-info":p}
      @input=${this.onInput}
      @keydown=${this.onKeydown}
      @focus=${()=>this.emit("focus")}
      @blur=${()=>this.emit("blur")}
      @select=${()=>this.emit("select")}
    />`}onInput(i){this.userValue(i.target.value),i.target instanceof HTMLTextAreaElement&&xe(i.target,this.props.max_lines??20)}onKeydown(i){if(i.key!=="Enter"||i.isComposing)return;let e=i.target instanceof HTMLInputElement;(e&&!i.shiftKey||!e&&(i.ctrlKey||i.metaKey))&&(i.preventDefault(),this.interactive&&this.emit("submit"))}updated(){let i=this.querySelector("textarea");i&&xe(i,this.props.max_lines??20)}};function xe(a,i){let e=parseFloat(getComputedStyle(a).lineHeight)||20;a.style.height="auto";let t=e*i+16;a.style.height=`${Math.min(a.scrollHeight+2,t)}px`,a.style.overflowY=a.scrollHeight>t?"auto":"hidden"}v("textbox",U);var J=class extends f{render(){let i=this.props,e=()=>{i.link&&window.open(i.link,i.link_target??"_self"),this.emit("click")};return l`<button
      type="button"
      class="gr-button gr-${i.variant??"secondary"} gr-${i.size??"lg"}"
      part="button"
      ?disabled=${!this.interactive}
      @click=${e}
    >
      ${i.icon?l`<img class="gr-button-icon" src=${i.icon} alt="" />`:p}${C(this.value??i.value??"Run")}
    </button>`}};v("button",J);var B=class extends f{render(){let i=this.props;return l`${this.label()}
      <input
        id=${this.uid}
        class="gr-input gr-number"
        part="input"
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
      />`}updated(i){if(!i.has("value"))return;let e=this.querySelector("input");if(!e)return;let t=typeof this.value=="number"?this.value:E(String(this.value??""));E(e.value)!==t&&(e.value=ge(t))}onInput(i){let e=i.target;if(e.validity.badInput)return;let t=E(e.value);t!==this.value&&this.userValue(t)}onKeydown(i){i.key!=="Enter"||i.isComposing||(i.preventDefault(),this.interactive&&this.emit("submit"))}};v("number",B);var qe=new Set(["ArrowLeft","ArrowRight","ArrowUp","ArrowDown","Home","End","PageUp","PageDown"]),W=class extends f{constructor(){super(...arguments);this.initial=null;this.committed=""}get bounds(){let e=M(this.props.minimum,0),t=M(this.props.maximum,100),n=M(this.props.step,1);return{min:e,max:t>e?t:e+100,step:n>0?n:1}}get current(){let{min:e,max:t}=this.bounds,n=M(this.value,e);return Math.min(t,Math.max(e,n))}willUpdate(e){e.has("value")&&this.initial==null&&this.value!=null&&(this.initial=M(this.value,0))}render(){let e=this.props,{min:t,max:n,step:r}=this.bounds,s=this.current,o=n>t?(s-t)/(n-t)*100:0,u=(e.buttons??[]).includes("reset"),m=e.info?this.uid+"-info":p;return l`<div class="gr-slider-head">
        ${this.label(this.uid+"-number")}
        <div class="gr-slider-controls">
          <input
            id=${this.uid+"-number"}
            class="gr-input gr-slider-number"
            part="input"
            type="number"
            inputmode="decimal"
            min=${t}
            max=${n}
            step=${r}
            ?readonly=${!this.interactive}
            aria-describedby=${m}
            @input=${this.onNumberInput}
            @change=${this.onNumberCommit}
            @keydown=${b=>b.key==="Enter"&&this.onNumberCommit(b)}
          />
          ${u?l`<button
                type="button"
                class="gr-icon-button gr-slider-reset"
                part="button reset"
                aria-label=${c("common.reset_to",{value:String(this.initial??t)})}
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
        part="range"
        type="range"
        min=${t}
        max=${n}
        step=${r}
        .value=${w(String(s))}
        style="--gr-fill: ${o}%"
        ?disabled=${!this.interactive}
        aria-label=${e.label||c("common.value")}
        aria-describedby=${m}
        @input=${this.onRangeInput}
        @pointerup=${()=>this.interactive&&this.emit("release",this.current)}
        @keyup=${b=>this.interactive&&qe.has(b.key)&&this.emit("release",this.current)}
      />
      <div class="gr-slider-bounds" aria-hidden="true"><span>${t}</span><span>${n}</span></div>`}updated(){let e=this.querySelector(".gr-slider-number");!e||document.activeElement===e||(e.value===""||E(e.value)!==this.current)&&(e.value=String(this.current))}set(e){let{min:t,max:n,step:r}=this.bounds,s=Math.min(n,Math.max(t,t+Math.round((e-t)/r)*r)),o=Number(s.toFixed(Math.min(20,Math.max(V(r),V(t)))));o!==this.value&&this.userValue(o)}onRangeInput(e){this.set(Number(e.target.value));let t=this.querySelector(".gr-slider-number");t&&(t.value=String(this.current))}onNumberInput(e){let t=e.target;this.committed="";let n=E(t.value),{min:r,max:s}=this.bounds;n!=null&&n>=r&&n<=s&&n!==this.value&&this.userValue(n)}onNumberCommit(e){let t=e.target;if(!this.interactive||t.value===this.committed)return;let n=E(t.value);if(n==null){t.value=String(this.current);return}let{min:r,max:s}=this.bounds,o=Math.min(s,Math.max(r,n));o!==this.value&&this.userValue(o),t.value=String(o),this.committed=t.value,this.emit("release",o)}onReset(){let e=this.initial??this.bounds.min;e!==this.value&&this.userValue(e)}};v("slider",W);var X=class extends f{render(){let i=this.props,e=i.show_label===!1;return l`${i.info?l`<div class="gr-info gr-checkbox-info" part="info" id=${this.uid+"-info"}>${i.info}</div>`:p}
      <label class="gr-check ${this.interactive?"":"gr-disabled"}" part="choice">
        <input
          id=${this.uid}
          type="checkbox"
          .checked=${w(this.value===!0)}
          ?disabled=${!this.interactive}
          aria-label=${e&&i.label?i.label:p}
          aria-describedby=${i.info?this.uid+"-info":p}
          @change=${this.onChange}
        />
        ${i.label&&!e?l`<span part="label">${i.label}</span>`:p}
      </label>`}onChange(i){let e=i.target.checked;this.userValue(e),this.emit("select",{index:null,value:this.props.label??null,selected:e})}};v("checkbox",X);var Y=class extends f{render(){let i=this.props,e=S(i.choices),t=x(this.value),n=u=>t.some(m=>k(m,u)),r=e.filter(([,u])=>n(u)).length,s=e.length>0&&r===e.length,o=r>0&&!s;return l`${this.label(null)}
      <div
        class="gr-choices"
        role="group"
        aria-labelledby=${i.label?this.uid+"-label":p}
        aria-describedby=${i.info?this.uid+"-info":p}
      >
        ${i.show_select_all&&e.length>1?l`<label class="gr-check gr-choice gr-select-all ${this.interactive?"":"gr-disabled"}" part="choice select-all">
              <input
                type="checkbox"
                .checked=${w(s)}
                .indeterminate=${o}
                ?disabled=${!this.interactive}
                @change=${u=>this.setAll(u.target.checked)}
              />
              <span>${c("checkbox.select_all")}</span>
            </label>`:p}
        ${e.map(([u,m],b)=>l`<label class="gr-check gr-choice ${this.interactive?"":"gr-disabled"}" part="choice">
            <input
              type="checkbox"
              name=${this.uid}
              value=${String(m)}
              .checked=${w(n(m))}
              ?disabled=${!this.interactive}
              @change=${d=>this.toggle(b,m,d.target.checked)}
            />
            <span>${u}</span>
          </label>`)}
      </div>`}toggle(i,e,t){let n=x(this.value).filter(r=>!k(r,e));this.userValue(t?[...n,e]:n),this.emit("select",{index:i,value:e,selected:t})}setAll(i){let e=x(this.value),t=S(this.props.choices).map(([,n])=>n).filter(n=>!e.some(r=>k(r,n)));this.userValue(i?[...e,...t]:[])}};v("checkboxgroup",Y);var Z=class extends f{render(){let i=this.props,e=S(i.choices);return l`${this.label(null)}
      <div
        class="gr-choices"
        role="radiogroup"
        dir=${i.rtl?"rtl":p}
        aria-labelledby=${i.label?this.uid+"-label":p}
        aria-describedby=${i.info?this.uid+"-info":p}
      >
        ${e.map(([t,n],r)=>l`<label class="gr-check gr-choice ${this.interactive?"":"gr-disabled"}" part="choice">
            <input
              type="radio"
              name=${this.uid}
              value=${String(n)}
              .checked=${w(k(this.value,n))}
              ?disabled=${!this.interactive}
              @change=${()=>this.choose(r,n)}
            />
            <span>${t}</span>
          </label>`)}
      </div>`}choose(i,e){this.userValue(e),this.emit("select",{index:i,value:e,selected:!0})}};v("radio",Z);var Q=class extends f{constructor(){super(...arguments);this.open=!1;this.query=null;this.active=-1;this.scrollActive=!1}static{this.properties={...f.properties,open:{state:!0},query:{state:!0},active:{state:!0}}}get multi(){return this.props.multiselect===!0}get options(){return S(this.props.choices).map(([e,t],n)=>({label:e,value:t,index:n}))}get filtered(){let e=this.query?.trim().toLowerCase();return!e||this.props.filterable===!1?this.options:this.options.filter(t=>t.label.toLowerCase().includes(e))}get selected(){return this.multi?x(this.value):this.value==null?[]:[this.value]}isSelected(e){return this.selected.some(t=>k(t,e))}labelOf(e){return this.options.find(t=>k(t.value,e))?.label??String(e)}get full(){let e=this.props.max_choices;return this.multi&&typeof e=="number"&&e>0&&this.selected.length>=e}render(){let e=this.props,t=`${this.uid}-list`,n=this.open&&this.interactive?this.filtered:[],r=this.open&&this.active>=0&&this.active<n.length?`${this.uid}-opt-${this.active}`:null,s=this.query??(this.multi||this.value==null?"":this.labelOf(this.value)),o=this.interactive&&(e.filterable!==!1||e.allow_custom_value===!0);return l`${this.label()}
      <div class="gr-dropdown ${this.open?"gr-dropdown-open":""}">
        <div class="gr-input gr-dropdown-field ${this.interactive?"":"gr-readonly"}" part="input" @mousedown=${this.onFieldMousedown} @click=${this.onFieldClick}>
          ${this.multi?this.selected.map(u=>l`<span class="gr-chip"
                  >${this.labelOf(u)}${this.interactive?l`<button
                        type="button"
                        class="gr-chip-remove"
                        aria-label=${c("common.remove_item",{name:String(this.labelOf(u))})}
                        @click=${m=>{m.stopPropagation();let b=document.activeElement===m.currentTarget;this.unselect(u),b&&this.input?.focus()}}
                      >
                        ×
                      </button>`:p}</span
                >`):p}
          <input
            id=${this.uid}
            class="gr-dropdown-input"
            role="combobox"
            autocomplete="off"
            aria-autocomplete=${e.filterable===!1?"none":"list"}
            aria-expanded=${this.open?"true":"false"}
            aria-controls=${t}
            aria-activedescendant=${r??p}
            aria-describedby=${e.info?this.uid+"-info":p}
            aria-readonly=${this.interactive?p:"true"}
            .value=${w(s)}
            placeholder=${this.multi&&this.selected.length>0?"":e.placeholder??""}
            ?readonly=${!o}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @focus=${this.onFocus}
            @blur=${this.onBlur}
          />
          <span class="gr-dropdown-caret" aria-hidden="true"></span>
        </div>
        <ul
          id=${t}
          class="gr-listbox"
          part="listbox"
          role="listbox"
          aria-label=${e.label||c("dropdown.choices")}
          aria-multiselectable=${this.multi?"true":p}
          ?hidden=${!this.open||n.length===0}
          @mousedown=${u=>u.preventDefault()}
        >
          ${n.map((u,m)=>{let b=this.isSelected(u.value),d=!b&&this.full;return l`<li
              id=${`${this.uid}-opt-${m}`}
              class="gr-option ${m===this.active?"gr-active":""}"
              part="option"
              role="option"
              aria-selected=${b?"true":"false"}
              aria-disabled=${d?"true":p}
              @click=${()=>this.choose(u)}
              @mousemove=${()=>{this.active!==m&&(this.active=m)}}
            >
              <span class="gr-option-check" aria-hidden="true">${b?"✓":""}</span>${u.label}
            </li>`})}
        </ul>
        ${this.open&&this.interactive&&n.length===0?l`<div class="gr-listbox gr-listbox-empty" role="status">
              ${this.full?c("dropdown.max_choices",{n:e.max_choices}):e.allow_custom_value&&this.query?.trim()?c("dropdown.press_enter",{value:this.query.trim()}):c("dropdown.no_match")}
            </div>`:p}
      </div>`}updated(e){e.has("active")&&this.scrollActive&&this.active>=0&&(this.scrollActive=!1,this.querySelector(`#${this.uid}-opt-${this.active}`)?.scrollIntoView({block:"nearest"}))}get input(){return this.querySelector(".gr-dropdown-input")}show(){if(!this.interactive||this.open)return;this.open=!0;let e=this.filtered,t=this.multi?-1:e.findIndex(n=>this.isSelected(n.value));this.active=t>=0?t:e.length>0?0:-1,this.scrollActive=!0}hide(){this.open=!1,this.active=-1}move(e){let t=this.filtered.length;t!==0&&(this.active=Math.max(0,Math.min(t-1,e)),this.scrollActive=!0)}onFieldMousedown(e){let t=this.input;!this.interactive||!t||e.target===t||(e.preventDefault(),document.activeElement!==t&&t.focus())}onFieldClick(e){this.interactive&&(e.target!==this.input&&this.open?this.hide():this.show())}onFocus(){!this.multi&&this.interactive&&this.input?.select(),this.emit("focus")}onBlur(){let e=this.query?.trim();this.props.allow_custom_value&&e&&this.custom(e),this.query=null,this.hide(),this.emit("blur")}onInput(e){this.query=e.target.value,this.open=!0,this.active=this.filtered.length>0?0:-1,this.scrollActive=!0}onKeydown(e){if(!this.interactive||e.isComposing)return;let t=this.filtered;switch(e.key){case"ArrowDown":e.preventDefault(),!this.open||e.altKey?this.show():this.move(this.active+1);break;case"ArrowUp":e.preventDefault(),this.open?e.altKey?this.hide():this.move(this.active-1):this.show();break;case"Home":case"End":if(!this.open||this.query)return;e.preventDefault(),this.move(e.key==="Home"?0:t.length-1);break;case"PageDown":case"PageUp":if(!this.open)return;e.preventDefault(),this.move(this.active+(e.key==="PageDown"?10:-10));break;case"Enter":{let n=this.query?.trim();this.open&&this.active>=0&&this.active<t.length?(e.preventDefault(),this.choose(t[this.active])):this.props.allow_custom_value&&n?(e.preventDefault(),this.custom(n),this.query=null,this.multi||this.hide()):this.open||(e.preventDefault(),this.show());break}case"Escape":(this.open||this.query!=null)&&(e.preventDefault(),this.query=null,this.hide());break;case"Backspace":this.multi&&!this.input?.value&&this.selected.length>0&&(e.preventDefault(),this.unselect(this.selected[this.selected.length-1]));break;case"Tab":this.hide();break}}choose(e){if(this.multi){let t=this.isSelected(e.value);if(!t&&this.full)return;let n=this.selected.filter(r=>!k(r,e.value));this.userValue(t?n:[...n,e.value]),this.emit("select",{index:e.index,value:e.value,selected:!t}),this.query&&(this.query=null,this.active=this.filtered.findIndex(r=>r.index===e.index));return}this.query=null,this.hide(),k(this.value,e.value)||this.userValue(e.value),this.emit("select",{index:e.index,value:e.value,selected:!0}),this.updateComplete.then(()=>{let t=this.input;t&&document.activeElement===t&&t.select()})}custom(e){let t=this.options.find(n=>n.label===e);if(t){(!this.isSelected(t.value)||!this.multi)&&this.choose(t);return}if(this.multi){if(this.isSelected(e)||this.full)return;this.userValue([...this.selected,e])}else{if(k(this.value,e))return;this.userValue(e)}this.emit("select",{index:null,value:e,selected:!0})}unselect(e){this.userValue(this.selected.filter(n=>!k(n,e)));let t=this.options.find(n=>k(n.value,e));this.emit("select",{index:t?.index??null,value:e,selected:!1})}};v("dropdown",Q);var ee=class extends f{constructor(){super(...arguments);this.cache={key:"",html:""}}render(){let e=this.props,t=typeof this.value=="string"?this.value:this.value==null?"":String(this.value),n=[e.min_height!=null?`min-height:${T(e.min_height)}`:"",e.max_height!=null?`max-height:${T(e.max_height)};overflow:auto`:""].filter(Boolean).join(";");return l`${e.show_label===!0?this.label(null):p}
      <div
        class="gr-html ${e.padding?"gr-html-padded":""}"
        style=${n||p}
        aria-labelledby=${e.show_label===!0&&e.label?this.uid+"-label":p}
        @click=${()=>this.emit("click")}
      >
        ${be(this.rendered(t))}
      </div>`}rendered(e){let t=this.props.sanitize_html!==!1,n=`${t}|${e}`;return this.cache.key!==n&&(this.cache={key:n,html:t?ye(e):e}),this.cache.html}};v("html",ee);var te=class extends f{render(){let i=this.props,e=this.value,t=e==null,n=(i.buttons??[]).includes("copy"),r=i.height!=null?`height:${T(i.height)}`:i.max_height!=null?`max-height:${T(i.max_height)}`:"";return l`${this.label(null)}
      ${t?p:l`<div class="gr-json" role="group" aria-labelledby=${i.label?this.uid+"-label":p}>
            ${n?l`<div class="gr-json-buttons">${I(()=>JSON.stringify(this.value,null,2))}</div>`:p}
            <div class="gr-json-tree" style=${r||p}>${this.node(null,e,0,!0)}</div>
          </div>`}`}node(i,e,t,n){let r=n?p:l`<span class="gr-json-punct">,</span>`,s=i==null?p:typeof i=="number"?l`<span class="gr-json-index">${i}</span><span class="gr-json-punct">: </span>`:l`<span class="gr-json-key">${JSON.stringify(i)}</span><span class="gr-json-punct">: </span>`;if(e===null||typeof e!="object")return l`<div class="gr-json-line">${s}${Fe(e)}${r}</div>`;let o=Array.isArray(e),u=o?e.map((g,y)=>[this.props.show_indices?y:null,g]):Object.entries(e),[m,b]=o?["[","]"]:["{","}"];if(u.length===0)return l`<div class="gr-json-line">${s}<span class="gr-json-punct">${m}${b}</span>${r}</div>`;let d=u.length,h=o?`${d} item${d===1?"":"s"}`:`${d} key${d===1?"":"s"}`;return l`<details class="gr-json-node" ?open=${this.props.open===!0||t===0}>
      <summary>
        ${s}<span class="gr-json-punct">${m}</span
        ><span class="gr-json-collapsed"
          ><span class="gr-json-preview">${h}</span><span class="gr-json-punct">${b}</span>${r}</span
        >
      </summary>
      <div class="gr-json-children">${u.map(([g,y],_)=>this.node(g,y,t+1,_===d-1))}</div>
      <div class="gr-json-line gr-json-close"><span class="gr-json-punct">${b}</span>${r}</div>
    </details>`}};function Fe(a){if(a===null)return l`<span class="gr-json-null">null</span>`;switch(typeof a){case"string":return l`<span class="gr-json-string">${JSON.stringify(a)}</span>`;case"number":return l`<span class="gr-json-number">${String(a)}</span>`;case"boolean":return l`<span class="gr-json-boolean">${String(a)}</span>`}return l`<span class="gr-json-null">${String(a)}</span>`}v("json",te);var ie=class extends f{render(){let i=this.props,e=this.value;if(e==null)return l`${this.label(null)}`;let t=typeof e=="object"?e.label:e,n=typeof e=="object"&&Array.isArray(e.confidences)?e.confidences:[],r=t!=null&&t!==""&&(i.show_heading!==!1||n.length===0);return l`${this.label(null)}
      <div class="gr-classification" role="group" aria-labelledby=${i.label?this.uid+"-label":p}>
        ${r?l`<div class="gr-classification-top">${String(t)}</div>`:p}
        ${n.length>0?l`<ul class="gr-confidences">
              ${n.map((s,o)=>{let u=Math.max(0,Math.min(1,Number(s.confidence)||0))*100,m=`${Math.round(Number(s.confidence)*100)}%`;return l`<li>
                  <button
                    type="button"
                    class="gr-confidence ${s.label===t?"gr-confidence-top":""}"
                    aria-label="${s.label}: ${m}"
                    @click=${()=>this.emit("select",{index:o,value:s.label})}
                  >
                    <span class="gr-confidence-text"><span class="gr-confidence-name">${s.label}</span><span class="gr-confidence-pct">${m}</span></span>
                    <span class="gr-confidence-track" aria-hidden="true"><span class="gr-confidence-bar" style="width:${u}%"></span></span>
                  </button>
                </li>`})}
            </ul>`:p}
      </div>`}};v("label",ie);var ne=class extends f{constructor(){super(...arguments);this.handle=null;this.running=null}render(){return p}get interval(){if(this.props.active===!1)return null;let e=this.value==null?1:Number(this.value);return Number.isFinite(e)&&e>0?e*1e3:null}updated(){this.isConnected&&this.interval!==this.running&&this.restart()}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this.restart()}disconnectedCallback(){super.disconnectedCallback(),this.stop()}restart(){this.stop();let e=this.interval;e!=null&&(this.running=e,this.handle=setInterval(()=>this.emit("tick"),e))}stop(){this.handle!=null&&clearInterval(this.handle),this.handle=null,this.running=null}};v("timer",ne);var re=class extends f{constructor(){super(...arguments);this.uploading=!1;this.dragging=!1;this.error=""}static{this.properties={...f.properties,uploading:{state:!0},dragging:{state:!0},error:{state:!0}}}get multiple(){return this.props.file_count==="multiple"||this.props.file_count==="directory"}render(){let e=this.props,t=x(this.value).filter(s=>s!=null&&typeof s=="object"),n=e.height!=null?`height:${T(e.height)}`:"",r=this.interactive&&(t.length===0||this.uploading);return l`${this.label(r?this.uid:null)}
      <div class="gr-file" style=${n||p} role=${r?p:"group"} aria-labelledby=${!r&&e.label?this.uid+"-label":p}>
        ${r?this.zone():t.length>0?this.list(t):l`<div class="gr-file-empty">${c("upload.no_file")}</div>`}
        ${this.error?l`<div class="gr-file-error" role="alert">${this.error}</div>`:p}
      </div>`}zone(){let e=this.props,t=L(e.file_types);return l`<div
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
        accept=${t??p}
        ?multiple=${this.multiple}
        ?webkitdirectory=${e.file_count==="directory"}
        ?disabled=${this.uploading}
        aria-describedby=${e.info?this.uid+"-info":p}
        @change=${this.onPick}
      />
      ${this.uploading?l`<div class="gr-file-status" role="status"><span class="gr-spinner" aria-hidden="true"></span>${c("upload.uploading")}</div>`:l`<label class="gr-file-prompt" for=${this.uid}>
            <span class="gr-file-icon" aria-hidden="true">⇪</span>
            <span>${this.multiple?c("upload.drop_files"):c("upload.drop_file")}</span>
            <span class="gr-file-or">${c("upload.or")}</span>
            <span class="gr-file-click">${c("upload.click")}</span>
            ${t?l`<span class="gr-file-types">${c("upload.accepted",{types:t.replaceAll(",",", ")})}</span>`:p}
          </label>`}
    </div>`}list(e){return l`<div class="gr-file-head">
        <span class="gr-file-count">${e.length===1?"1 file":`${e.length} files`}</span>
        ${this.interactive?l`<button type="button" class="gr-icon-button gr-file-clear" aria-label=${c("common.clear")} title=${c("common.clear")} @click=${this.onClear}>×</button>`:p}
      </div>
      <ul class="gr-file-list">
        ${e.map(t=>{let n=A(t),r=fe(t.size);return l`<li class="gr-file-item">
            <a class="gr-file-name" href=${this.host?.fileURL(t)??t.url??"#"} download=${n} target="_blank" rel="noopener">${n}</a>
            ${r?l`<span class="gr-file-size">${r}</span>`:p}
            ${this.interactive&&e.length>1?l`<button type="button" class="gr-icon-button gr-file-remove" aria-label=${c("common.remove_item",{name:n})} @click=${()=>this.removeFile(t)}>×</button>`:p}
          </li>`})}
      </ul>`}onDragOver(e){!e.dataTransfer||!Array.from(e.dataTransfer.types).includes("Files")||(e.preventDefault(),e.dataTransfer.dropEffect="copy",this.dragging=!0)}onDragLeave(e){let t=e.relatedTarget;(!t||!e.currentTarget.contains(t))&&(this.dragging=!1)}onDrop(e){e.preventDefault(),this.dragging=!1,this.take(Array.from(e.dataTransfer?.files??[]))}onPick(e){let t=e.target,n=Array.from(t.files??[]);t.value="",this.take(n)}async take(e){if(e.length===0||this.uploading)return;let t=this.props.file_types,n=e.filter(o=>H(t,o));if(n.length<e.length){if(this.error=c(e.length-n.length===1?"upload.file_not_accepted":"upload.files_not_accepted",{types:L(t)??""}),n.length===0)return}else this.error="";let r=this.multiple?n:n.slice(0,1),s=this.contains(document.activeElement);this.uploading=!0;try{let o=await this.host.upload(r);if(o.length===0)throw new Error("the server returned no file");this.userValue(this.multiple?o:o[0]),this.emit("upload"),s&&this.updateComplete.then(()=>this.querySelector(".gr-file-clear, .gr-file-name")?.focus())}catch(o){this.error=c("upload.failed",{error:String(o?.message??o)})}finally{this.uploading=!1}}onClear(){this.error="",this.userValue(null),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-file-input")?.focus())}removeFile(e){let t=x(this.value).filter(n=>n!==e);this.userValue(t.length>0?t:null),this.updateComplete.then(()=>this.querySelector(".gr-file-clear, .gr-file-input")?.focus())}};v("file",re);var se=class extends f{constructor(){super(...arguments);this.progress=null;this.note="";this.error=""}static{this.properties={...f.properties,progress:{state:!0},note:{state:!0},error:{state:!0}}}get multiple(){return this.props.file_count==="multiple"||this.props.file_count==="directory"}render(){let e=this.props,t=this.progress!=null,n=Math.round((this.progress??0)*100),r=O(e.icon,this.host);return l`<input
        class="gr-file-input"
        type="file"
        tabindex="-1"
        aria-hidden="true"
        accept=${L(e.file_types)??p}
        ?multiple=${this.multiple}
        ?webkitdirectory=${e.file_count==="directory"}
        @change=${this.onPick}
      />
      <button
        type="button"
        class="gr-button gr-${e.variant??"secondary"} gr-${e.size??"lg"} gr-upload-button"
        part="button"
        style=${t?`--gr-upload:${n}%`:p}
        ?disabled=${!this.interactive}
        aria-disabled=${t?"true":p}
        aria-busy=${t?"true":"false"}
        @click=${this.onClick}
      >
        ${r?l`<img class="gr-button-icon" src=${r} alt="" />`:p}${t?c("upload.uploading_percent",{percent:n}):C(e.label??"Upload a File")}
      </button>
      <div class="gr-sr-only" role="status">${this.note}</div>
      ${this.error?l`<div class="gr-file-error" role="alert">${this.error}</div>`:p}`}onClick(){!this.interactive||this.progress!=null||(this.emit("click"),this.querySelector(".gr-file-input")?.click())}async onPick(e){let t=e.target,n=Array.from(t.files??[]);if(t.value="",n.length===0)return;let r=n.filter(o=>H(this.props.file_types,o));this.error=r.length<n.length?c("upload.not_accepted",{types:L(this.props.file_types)??"",names:n.filter(o=>!r.includes(o)).map(o=>o.name).join(", ")}):"";let s=this.multiple?r:r.slice(0,1);if(s.length!==0){this.progress=0,this.note=c("upload.uploading_label");try{let o=await this.host.upload(s,u=>this.progress=u);if(o.length===0)throw new Error("the server returned no file");this.userValue(this.multiple?o:o[0]),this.emit("upload"),this.note=o.length===1?c("upload.uploaded_file",{name:s[0].name}):c("upload.uploaded_files",{n:o.length})}catch(o){this.error=c("upload.failed",{error:String(o?.message??o)}),this.note=""}finally{this.progress=null}}}};v("uploadbutton",se);var oe=class extends f{render(){let i=this.props,e=this.value,t=$e(e)?e:typeof e=="string"&&e?{path:e,url:e,meta:{_type:"gradio.FileData"}}:null,n=`gr-button gr-${i.variant??"secondary"} gr-${i.size??"lg"} gr-download-button`,r=O(i.icon,this.host),s=l`${r?l`<img class="gr-button-icon" src=${r} alt="" />`:p}${C(i.label??"Download")}`;return!t||!this.interactive?l`<button type="button" class=${n} part="button" disabled>${s}</button>`:l`<a class=${n} part="button" href=${this.host?.fileURL(t)??t.url??"#"} download=${A(t)} title=${A(t)} @click=${()=>this.emit("click")}>${s}</a>`}};v("downloadbutton",oe);$(["image"],()=>import("./chunk-46VFVYFY.js"));$(["imageeditor"],()=>import("./chunk-RLTDSM5A.js"));$(["gallery"],()=>import("./chunk-V64TX3JS.js"));$(["annotatedimage"],()=>import("./chunk-7VTII63R.js"));$(["imageslider"],()=>import("./chunk-DC6VS725.js"));$(["audio"],()=>import("./chunk-QH2PL5TU.js"));$(["video"],()=>import("./chunk-XQS76WYP.js"));$(["dataframe"],()=>import("./chunk-3A5VIDHI.js"));$(["chatbot"],()=>import("./chunk-KNPGBQCX.js"));$(["plot"],()=>import("./chunk-63ZREUQS.js"));$(["nativeplot"],()=>import("./chunk-O25X3WO4.js"));$(["code"],()=>import("./chunk-TWBWYTK2.js"));$(["highlightedtext"],()=>import("./chunk-UBTNFG4T.js"));$(["colorpicker"],()=>import("./chunk-EIMWZ7CW.js"));$(["datetime"],()=>import("./chunk-VC4WNQDV.js"));$(["multimodaltextbox"],()=>import("./chunk-UO3HOLAN.js"));$(["chathistory"],()=>import("./chunk-SLDJMQQN.js"));$(["dataset"],()=>import("./chunk-XWG67VX2.js"));var R=class extends Error{constructor(e,t){super(e);this.status=t}},q=class{constructor(i){this.config=i;this.session=Math.random().toString(36).slice(2)+Date.now().toString(36);this.listeners=new Map;this.early=new Map;this.streaming=!1;this.lastId=null;this.broke=!1;this.noticed=!1;this.headers={};this.base=new URL(".",document.baseURI).href.replace(/\/$/,"")+i.api_prefix}url(i){return this.base+i}async join(i,e,t,n,r=null){let s=await this.post("/queue/join",{data:e,fn_index:i,session_hash:this.session,event_data:r??null,trigger_id:n});if(!s.ok)throw new R(ae(s.body,s.status),s.status);let o=s.body.event_id;this.listeners.set(o,t);for(let u of this.early.get(o)??[])this.deliver(u);return this.early.delete(o),this.ensureStream(),o}async run(i,e,t,n,r=null){let s=await this.post(`/run/${encodeURIComponent(i)}`,{data:t,fn_index:e,session_hash:this.session,event_data:r??null,trigger_id:n});return s.ok||s.status===500&&typeof s.body=="object"&&"error"in s.body?s.body:{error:ae(s.body,s.status),title:c("app.error")}}async cancel(i,e){await this.post("/cancel",{event_id:i,session_hash:this.session,fn_index:e}).catch(()=>{})}upload(i,e){let t=new FormData;for(let n of i)t.append("files",n,n.name);return new Promise((n,r)=>{let s=new XMLHttpRequest;s.open("POST",this.url("/upload")),s.responseType="text",e&&(s.upload.onprogress=o=>o.lengthComputable&&e(o.loaded/o.total)),s.onerror=()=>r(new R("The upload failed: the connection broke.",0)),s.onload=()=>{if(s.status<200||s.status>=300){let u=s.responseText;try{u=JSON.parse(u)}catch{}r(new R(ae(u,s.status),s.status));return}let o=JSON.parse(s.responseText);n(o.map((u,m)=>({path:u,orig_name:i[m].name,size:i[m].size,mime_type:i[m].type||null,meta:{_type:"gradio.FileData"}})))},s.send(t)})}heartbeat(){let i=()=>{let e=new EventSource(this.url(`/heartbeat/${this.session}`));e.onerror=()=>{e.close(),setTimeout(i,2e3)}};i()}async post(i,e){let t=await fetch(this.url(i),{method:"POST",headers:{"Content-Type":"application/json","X-Gradio-User":"app",...this.headers},body:JSON.stringify(e)}),n=await t.text(),r=n;try{r=JSON.parse(n)}catch{}return{ok:t.ok,status:t.status,body:r}}ensureStream(){this.streaming||(this.streaming=!0,this.pump().finally(()=>{this.streaming=!1,this.reconnecting(!1),this.listeners.size>0&&this.ensureStream()}))}async pump(){let i=0;do{let e=await this.readStream();if(e==="failed")return;if((e==="closed"||e==="progress")&&(i=0),(e==="closed"||e==="idle")&&(this.broke=!1),e!=="closed"){if(this.listeners.size===0)return;if(i>=Ee.length){this.broken(c(e==="idle"?"app.session_lost":"app.connection_lost"));return}e!=="idle"&&(this.broke=!0,this.reconnecting(!0)),await new Promise(t=>setTimeout(t,Ee[i++]))}}while(this.listeners.size>0)}async readStream(){let i={Accept:"text/event-stream"},e=this.lastId??(this.broke?"0":null);e!==null&&(i["Last-Event-ID"]=e);let t;try{t=await fetch(this.url(`/queue/data?session_hash=${encodeURIComponent(this.session)}`),{headers:i})}catch{return"broken"}if(!t.ok||!t.body)return t.status>=500||t.status===429?"broken":(this.broken(c("app.connection_error_http",{status:t.status})),"failed");this.reconnecting(!1);let n=t.body.pipeThrough(new TextDecoderStream).getReader(),r="",s=!1,o=!1;for(;;){let{value:u,done:m}=await n.read().catch(()=>({value:void 0,done:!0}));if(m)return s?"progress":"broken";let b=we(r+u);r=b.rest;for(let d of b.frames){if(s=!0,d.id!==null&&this.lastId!==null&&!ke(d.id,this.lastId)||!d.data)continue;let h;try{h=JSON.parse(d.data)}catch{continue}if(h.msg==="close_stream")return await n.cancel().catch(()=>{}),o?"closed":"idle";if(h.event_id==null&&h.msg==="unexpected_error")return await n.cancel().catch(()=>{}),this.broken(h.session_not_found?c("app.session_lost"):h.message??c("app.unexpected_error")),"failed";d.id!==null&&(this.lastId=d.id),h.event_id!=null&&(o=!0);try{this.deliver(h)}catch(g){console.error(g)}}}}reconnecting(i){i&&this.noticeTimer===void 0&&!this.noticed?this.noticeTimer=setTimeout(()=>{this.noticeTimer=void 0,this.noticed=!0,this.onReconnecting?.(!0)},1500):i||(clearTimeout(this.noticeTimer),this.noticeTimer=void 0,this.noticed&&this.onReconnecting?.(!1),this.noticed=!1)}deliver(i){if(i.event_id==null)return;let e=this.listeners.get(i.event_id);if(!e){let t=this.early.get(i.event_id)??[];t.push(i),this.early.set(i.event_id,t);return}i.msg==="process_completed"&&this.listeners.delete(i.event_id),e(i)}broken(i){let e=[...this.listeners.entries()];this.listeners.clear();for(let[t,n]of e)n({msg:"process_completed",event_id:t,success:!1,output:{error:i,title:c("app.error")}})}},Ee=[500,1e3,2e3,4e3,8e3,1e4,1e4,1e4];function ae(a,i){if(a&&typeof a=="object"){if(typeof a.detail=="string")return a.detail;if(typeof a.error=="string")return a.error}return typeof a=="string"&&a?a:`HTTP ${i}`}function Te(a,i,e){return i.flatMap((t,n)=>{let r=a.entries.get(t);if(!r||r.kind==="state")return[];let s=e[n],o=JSON.stringify(s)??"null";return o.length>2e4&&(s=`(${o.length} characters, too large to attach)`),[{label:String(r.props.label??r.kind),value:s}]})}function Se(a,i,e){a.lastRun={endpoint:i.api_name?"/"+i.api_name:`fn ${i.id}`,time:new Date().toISOString(),inputs:Te(a,i.inputs,e),outputs:Te(a,i.outputs,i.outputs.map(t=>a.value(t)))}}function Ce(a){if(window.parent===window)return;let i=location.origin;try{document.referrer&&(i=new URL(document.referrer).origin)}catch{}window.addEventListener("message",e=>{e.source!==window.parent||e.data?.type!=="gradio:snapshot-request"||e.origin!==location.origin&&e.origin!==i||window.parent.postMessage({type:"gradio:snapshot",snapshot:a.lastRun},e.origin)})}var F=class{constructor(i){this.app=i;this.byTarget=new Map;this.byParent=new Map;this.byRender=new Map;this.state=new Map;this.jsFns=new Map;this.add(i.config.dependencies)}add(i){for(let e of i){this.state.set(e.id,{running:0,again:!1,events:new Set});for(let[t,n]of e.targets){if(t==null)continue;let r=`${t}:${n}`;this.byTarget.set(r,[...this.byTarget.get(r)??[],e])}e.trigger_after!=null&&this.byParent.set(e.trigger_after,[...this.byParent.get(e.trigger_after)??[],e]),e.rendered_in!=null&&this.byRender.set(e.rendered_in,[...this.byRender.get(e.rendered_in)??[],e])}}replace(i,e){let t=new Set(this.byRender.get(i)??[]);this.byRender.delete(i);for(let n of[this.byTarget,this.byParent])for(let[r,s]of n){let o=s.filter(u=>!t.has(u));o.length===0?n.delete(r):o.length!==s.length&&n.set(r,o)}for(let n of t)this.jsFns.delete(n.id),this.state.get(n.id)?.running===0&&this.state.delete(n.id);this.add(e)}trigger(i,e,t){for(let n of this.byTarget.get(`${i}:${e}`)??[])this.run(n,i,t)}async run(i,e,t=null){let n=this.state.get(i.id);if(n.running>0&&i.trigger_mode!=="multiple")return i.trigger_mode==="always_last"&&(n.again=!0),!1;for(let s of i.cancels)this.cancel(s);if(!i.backend_fn&&!i.js)return!0;n.running++;let r=!1;try{r=await this.execute(i,e,t)}finally{n.running--}for(let s of this.byParent.get(i.id)??[])s.trigger_only_on_success&&!r||s.trigger_only_on_failure&&r||this.run(s,null);return n.again&&n.running===0&&(n.again=!1,this.run(i,e)),r}cancel(i){let e=this.state.get(i);if(e)for(let t of e.events)this.app.client.cancel(t,i)}async execute(i,e,t){let n=i.inputs.map(s=>this.app.entries.get(s)?.kind==="state"?null:this.app.value(s));if(i.js){let s;try{s=await this.jsFn(i)(...n)}catch(o){return this.app.toast({level:"error",title:c("app.error"),message:c("app.script_failed",{error:String(o)}),duration:10}),!1}if(!i.backend_fn)return this.setOutputs(i,Array.isArray(s)?s:[s]),!0;s!==void 0&&(n=Array.isArray(s)?s:[s])}let r=performance.now();this.status(i,{stage:"pending",started:r,show:i.show_progress});try{let s=i.queue?await this.queued(i,n,e,t,r):await this.direct(i,n,e,t);return s&&Se(this.app,i,n),s}catch(s){return this.status(i,null),this.app.toast({level:"error",title:c("app.error"),message:s.message,duration:10}),!1}}async direct(i,e,t,n){let r=await this.app.client.run(i.api_name,i.id,e,t,n);return this.status(i,null),"error"in r?(this.error(r),!1):(await this.rendered(r),this.setOutputs(i,r.data??[]),!0)}async rendered(i){if(i?.render_config)try{await this.app.applyRender(i.render_config)}catch(e){console.error("gradio: applying a render failed",e)}}queued(i,e,t,n,r){let s=this.state.get(i.id),o=null;return new Promise((u,m)=>{let b="",d=h=>{switch(h.msg){case"estimation":this.status(i,{stage:"pending",position:h.rank,size:h.queue_size,eta:h.rank_eta,started:r,show:i.show_progress});break;case"process_starts":this.status(i,{stage:"pending",eta:h.eta,started:r,show:i.show_progress});break;case"progress":this.status(i,{stage:"pending",progress:h.progress_data,started:r,show:i.show_progress});break;case"log":this.app.toast({level:h.level??"info",title:h.title??"",message:h.log??"",duration:h.duration??10});break;case"process_generating":{if(!h.success)break;o==null&&this.status(i,{stage:"generating",started:r,show:i.show_progress});let g=h.output.data;o=o==null?g:o.map((y,_)=>_e(y,g[_])),this.setOutputs(i,o);break}case"process_completed":if(s.events.delete(b),this.status(i,null),!h.success)this.error(h.output),u(!1);else if(Array.isArray(h.output?.data)){let g=h.output.data;this.rendered(h.output).then(()=>{this.setOutputs(i,g),i.scroll_to_output&&this.scrollTo(i),u(!0)})}else u(!1)}};this.app.client.join(i.id,e,d,t,n).then(h=>{b=h,s.events.add(h)},m)})}setOutputs(i,e){i.outputs.forEach((t,n)=>{n<e.length&&this.app.entries.get(t)?.kind!=="state"&&this.app.setValue(t,e[n])})}status(i,e){for(let t of i.outputs)this.app.entries.get(t)?.status?.set(e)}error(i){i?.visible!==!1&&this.app.toast({level:"error",title:i?.title??c("app.error"),message:i?.error??c("app.error_occurred"),duration:i&&"duration"in i?i.duration:10})}scrollTo(i){let e=this.app.entries.get(i.outputs[0])?.wrap;if(!e)return;let t=e.getBoundingClientRect();(t.top<0||t.bottom>window.innerHeight)&&e.scrollIntoView({behavior:"smooth",block:"nearest"})}jsFn(i){let e=this.jsFns.get(i.id);return e||(e=new Function(`return (${i.js})`)(),this.jsFns.set(i.id,e)),e}};var N=class extends HTMLElement{constructor(){super(...arguments);this.timer=0;this.status=null}set(e){if(this.status=e,clearInterval(this.timer),!e||e.stage==="complete"||e.stage==="error"||e.show==="hidden"){this.hidden=!0,this.replaceChildren(),this.parentElement?.removeAttribute("aria-busy");return}this.hidden=!1,this.parentElement?.setAttribute("aria-busy","true"),this.render(),this.timer=window.setInterval(()=>this.render(),100)}disconnectedCallback(){clearInterval(this.timer)}render(){let e=this.status;this.className=`gr-status gr-status-${e.stage} gr-status-${e.show}`;let t=[];if(e.show==="minimal"){this.replaceChildren(Me());return}let n=e.progress?.find(u=>u.progress!=null||u.index!=null&&u.length);if(n){let u=n.progress??(n.index+1)/n.length,m=document.createElement("div");m.className="gr-progress",m.setAttribute("role","progressbar"),m.setAttribute("aria-valuemin","0"),m.setAttribute("aria-valuemax","100"),m.setAttribute("aria-valuenow",String(Math.round(u*100)));let b=document.createElement("div");b.className="gr-progress-fill",b.style.width=`${Math.max(0,Math.min(1,u))*100}%`,m.append(b);let d=document.createElement("div");d.className="gr-progress-label";let h=n.index!=null&&n.length?`${n.index+1}/${n.length} ${n.unit??""}`:`${Math.round(u*100)}%`;d.textContent=n.desc?`${n.desc} · ${h}`:h,t.push(m,d)}else t.push(Me());let r=document.createElement("div");r.className="gr-status-meta";let s=e.started?((performance.now()-e.started)/1e3).toFixed(1):null,o=[];e.stage==="pending"&&e.position!=null&&e.position>0&&o.push(c("app.queue",{position:e.position+1,size:e.size??"?"})),s&&o.push(e.eta?`${s}/${e.eta.toFixed(1)}s`:`${s}s`),r.textContent=o.join(" | "),t.push(r),this.replaceChildren(...t)}};customElements.define("gradio-status",N);function Me(){let a=document.createElement("div");return a.className="gr-spinner",a.setAttribute("aria-label",c("app.loading")),a}var D=class extends HTMLElement{connectedCallback(){this.setAttribute("role","region"),this.setAttribute("aria-label",c("app.notifications"))}show(i){let e=document.createElement("div");e.className=`gr-toast gr-toast-${i.level}`,e.setAttribute("role",i.level==="error"?"alert":"status"),e.setAttribute("aria-live",i.level==="error"?"assertive":"polite");let t=document.createElement("div");t.className="gr-toast-title",t.textContent=i.title;let n=document.createElement("div");n.className="gr-toast-message",n.textContent=i.message;let r=document.createElement("button");return r.className="gr-toast-close",r.type="button",r.setAttribute("aria-label",c("app.close")),r.textContent="×",r.onclick=()=>e.remove(),e.append(t,n,r),this.append(e),i.duration!=null&&i.duration>0&&setTimeout(()=>e.remove(),i.duration*1e3),e}};customElements.define("gradio-toasts",D);function Le(a,i,e){let t=document.createElement("div");t.className="gr-tabs";let n=document.createElement("div");n.className="gr-tablist",n.setAttribute("role","tablist"),t.append(n);let s=(e.children??[]).map(d=>({node:d,entry:a.entries.get(d.id)})).filter(d=>d.entry).map(({node:d,entry:h})=>{let g=document.createElement("button");g.type="button",g.className="gr-tab",g.setAttribute("role","tab"),g.id=`gr-tab-${d.id}`;let y=document.createElement("div");y.className="gr-tabpanel",y.setAttribute("role","tabpanel"),y.id=`gr-tabpanel-${d.id}`,y.setAttribute("aria-labelledby",g.id),g.setAttribute("aria-controls",y.id),y.hidden=!0,n.append(g),t.append(y),h.wrap=y;let _=!1,G=()=>{_||(_=!0,y.append(a.buildChildren(d.children??[],"column")))};return{id:d.id,entry:h,button:g,panel:y,show:G}}),o=-1,u=(d,h)=>{d===o||d<0||(o=d,s.forEach((g,y)=>{g.button.setAttribute("aria-selected",String(y===d)),g.button.tabIndex=y===d?0:-1,g.panel.hidden=y!==d}),s[d].show(),h&&(a.dispatcher.trigger(s[d].id,"select"),a.dispatcher.trigger(i.config.id,"select"),a.dispatcher.trigger(i.config.id,"change")))};s.forEach((d,h)=>{d.button.onclick=()=>u(h,!0),d.button.onkeydown=g=>{let y=g.key==="ArrowRight"?1:g.key==="ArrowLeft"?-1:0;if(!y)return;g.preventDefault();let _=s.map((ue,Oe)=>Oe).filter(ue=>s[ue].entry.props.visible!==!1),G=_.indexOf(h),pe=_[(G+y+_.length)%_.length];u(pe,!0),s[pe].button.focus()}});let m=()=>{for(let g of s)g.button.textContent=g.entry.props.label??"",g.button.hidden=g.entry.props.visible===!1,g.button.disabled=g.entry.props.interactive===!1;let d=i.props.selected,h=s.findIndex(g=>d!=null&&(g.entry.props.id===d||g.entry.props.label===d));h<0&&o<0&&(h=s.findIndex(g=>g.entry.props.visible!==!1)),h>=0&&u(h,!1)},b={update:m};i.lazy=b;for(let d of s)d.entry.lazy=b;return m(),t}function Ae(a,i,e){let t=document.createElement("div");t.className="gr-accordion";let n=document.createElement("button");n.type="button",n.className="gr-accordion-header",n.id=`gr-accordion-${e.id}`;let r=document.createElement("span"),s=document.createElement("span");s.className="gr-accordion-icon",s.setAttribute("aria-hidden","true"),n.append(r,s);let o=document.createElement("div");o.className="gr-accordion-body",o.id=`gr-accordion-body-${e.id}`,o.setAttribute("role","region"),o.setAttribute("aria-labelledby",n.id),n.setAttribute("aria-controls",o.id),t.append(n,o);let u=!1,m=!1,b=(d,h)=>{m=d,n.setAttribute("aria-expanded",String(d)),t.classList.toggle("gr-open",d),o.hidden=!d,d&&!u&&(u=!0,o.append(a.buildChildren(e.children??[],"column"))),h&&a.dispatcher.trigger(e.id,d?"expand":"collapse")};return n.onclick=()=>{i.props={...i.props,open:!m},b(!m,!0)},i.lazy={update(){r.textContent=i.props.label??"",i.props.open!==m&&b(i.props.open!==!1,!1)}},r.textContent=i.props.label??"",b(i.props.open!==!1,!1),t}async function Re(a,i){let e=a.entries.get(i.layout.id);if(!e)return;let t=i.render_id,n=new Map;for(let[o,u]of a.entries)u.config.rendered_in===t&&(u.config.key!=null&&JSON.stringify(u.value)!==JSON.stringify(u.initial)&&n.set(u.config.key,u.value),a.entries.delete(o));let r=i.components.filter(o=>o.id!==i.layout.id);a.config.components=[...a.config.components.filter(o=>o.rendered_in!==t),...r],a.config.dependencies=[...a.config.dependencies.filter(o=>o.rendered_in!==t),...i.dependencies],a.dispatcher.replace(t,i.dependencies);let s=a.roles();for(let o of r){let u=a.addEntry(o,s);o.key!=null&&n.has(o.key)&&(u.value=n.get(o.key))}await P(r.map(o=>o.type)),e.rendered=i.layout.children??[],e.wrap&&e.wrap.replaceChildren(...a.buildChildren(e.rendered,e.kind==="row"?"row":"column").childNodes),(r.some(o=>o.type==="state")||i.dependencies.some(o=>o.targets.some(u=>u[1]==="unload")))&&a.heartbeat()}var Ge=[["go","Go"],["javascript","JavaScript"],["python","Python"],["bash","curl"],["cli","gradio CLI"]],j=class extends HTMLElement{constructor(){super(...arguments);this.info={};this.language=localStorage.getItem("gradio-api-lang")??"go";this.failure=""}async connectedCallback(){this.className="gr-api-page",this.draw();try{let e=await fetch("./gradio_api/info");if(!e.ok)throw new Error(`HTTP ${e.status}`);this.info=(await e.json()).named_endpoints??{}}catch(e){this.failure=c("api.load_failed",{error:e.message})}this.draw()}draw(){let e=Object.keys(this.info).sort();de(l`<main class="gr-app gr-api">
        <nav class="gr-api-nav"><a href="./">${c("api.back")}</a></nav>
        <h1 class="gr-api-title">${c("api.title",{title:this.config?.title||c("api.this_app")})}</h1>
        <p>
          ${ze(e.length===1?c("api.intro_one"):c("api.intro_many",{n:e.length}))}
        </p>
        <div class="gr-api-toolbar">
          <div class="gr-tablist" role="tablist" aria-label=${c("api.language")}>
            ${Ge.map(([t,n])=>l`<button type="button" role="tab" class="gr-tab" aria-selected=${String(this.language===t)}
                @click=${()=>this.setLang(t)}>${n}</button>`)}
          </div>
          <button type="button" class="gr-button gr-secondary gr-sm gr-api-markdown" @click=${t=>this.copyMarkdown(t)}>
            ${c("api.copy_markdown")}
          </button>
        </div>
        ${this.failure?l`<div class="gr-file-error" role="alert">${this.failure}</div>`:p}
        ${e.map(t=>this.endpoint(t,this.info[t]))}
      </main>`,this)}setLang(e){this.language=e,localStorage.setItem("gradio-api-lang",e),this.draw()}endpoint(e,t){let n=t.code_snippets?.[this.language]??"";return l`<section class="gr-api-endpoint" aria-labelledby="ep-${e}">
      <h2 id="ep-${e}"><code>${e}</code></h2>
      ${t.description?l`<p>${t.description}</p>`:p}
      <div class="gr-api-tables">
        <table class="gr-api-table">
          <caption>${c("api.parameters")}</caption>
          <thead><tr><th>${c("api.name")}</th><th>${c("api.type")}</th><th>${c("api.component")}</th><th>${c("api.default")}</th></tr></thead>
          <tbody>
            ${t.parameters.length===0?l`<tr><td colspan="4">${c("api.none")}</td></tr>`:p}
            ${t.parameters.map(r=>l`<tr>
                <td><code>${r.parameter_name}</code></td>
                <td><code>${r.python_type.type}</code></td>
                <td>${r.component}</td>
                <td>${r.parameter_has_default?l`<code>${JSON.stringify(r.parameter_default)}</code>`:c("api.required")}</td>
              </tr>`)}
          </tbody>
        </table>
        <table class="gr-api-table">
          <caption>${c("api.returns")}</caption>
          <thead><tr><th>${c("api.label")}</th><th>${c("api.type")}</th><th>${c("api.component")}</th></tr></thead>
          <tbody>
            ${t.returns.map(r=>l`<tr><td>${r.label}</td><td><code>${r.python_type.type}</code></td><td>${r.component}</td></tr>`)}
          </tbody>
        </table>
      </div>
      <div class="gr-api-code">
        <button type="button" class="gr-icon-button gr-api-copy" aria-label=${c("api.copy_code")} @click=${r=>Ne(r,n)}>${c("common.copy")}</button>
        <pre><code>${n}</code></pre>
      </div>
    </section>`}markdown(){let e=[`# API of ${this.config?.title||"this app"}`,"",`Base URL: ${location.origin}${location.pathname.replace(/\/$/,"")}`,""];for(let t of Object.keys(this.info).sort()){let n=this.info[t];e.push(`## ${t}`,""),n.description&&e.push(n.description,""),e.push("Parameters:"),n.parameters.length===0&&e.push("- none");for(let s of n.parameters){let o=s.parameter_has_default?`default ${JSON.stringify(s.parameter_default)}`:"required";e.push(`- \`${s.parameter_name}\` (${s.python_type.type}, ${s.component}): ${o}; example ${JSON.stringify(s.example_input)}`)}e.push("","Returns:");for(let s of n.returns)e.push(`- ${s.label} (${s.python_type.type}, ${s.component})`);let r=n.code_snippets?.[this.language];r&&e.push("","```"+(this.language==="bash"||this.language==="cli"?"sh":this.language),r.trimEnd(),"```"),e.push("")}return e.join(`
`)}copyMarkdown(e){Ne(e,this.markdown())}};customElements.define("gradio-api-page",j);function ze(a){let i=a.indexOf("gradio");return i<0?l`${a}`:l`${a.slice(0,i)}<code>gradio</code>${a.slice(i+6)}`}async function Ne(a,i){let e=a.currentTarget,t=e.textContent;try{await navigator.clipboard.writeText(i),e.textContent=c("common.copied")}catch{e.textContent=c("common.copy_failed")}setTimeout(()=>e.textContent=t,1500)}var le=["system","light","dark"],De={system:"app.theme_system",light:"app.theme_light",dark:"app.theme_dark"};function je(){let a=window.gradio_theme;if(!a)return"";let i=document.createElement("button");i.type="button",i.className="gr-mode-toggle";let e=()=>{i.textContent=c(De[a.mode]??De.system),i.title=c("app.theme_switch")};i.addEventListener("click",()=>{a.set(le[(le.indexOf(a.mode)+1)%le.length]),e()}),e();let t=document.createElement("span");t.textContent=" · ";let n=document.createElement("span");return n.append(t,i),n}var Ve=["label","value","placeholder","title","description","info"],Pe="__i18n__";function Ke(a,i){let e=[];for(let t of[...i,"en"])for(let n of[t,t.split("-")[0]])a[n]&&!e.includes(a[n])&&e.push(a[n]);return e}function Ie(a,i){if(!a||Object.keys(a).length===0)return null;let e=Ke(a,i),t=n=>{if(typeof n!="string"||!n.startsWith(Pe))return n;try{let r=JSON.parse(n.slice(Pe.length)).key;for(let s of e)if(r in s)return s[r];return r}catch{return n}};return n=>{let r=n;for(let s of Ve){let o=t(n[s]);o!==n[s]&&(r===n&&(r={...n}),r[s]=o)}return r}}var ce=class extends HTMLElement{constructor(){super(...arguments);this.entries=new Map;this.lastRun=null;this.toasts=new D;this.i18n=e=>e;this.beating=!1}async connectedCallback(){let e=window.gradio_config??await(await fetch("./config")).json();if(await me(z(e.locale)),new URLSearchParams(location.search).get("view")==="api"){document.title=`API · ${e.title||"Gradio"}`;let t=new j;t.config=e,this.replaceChildren(t);return}await this.start(e)}async start(e){this.config=e,this.client=new q(e);let t=null;this.client.onReconnecting=o=>{t?.remove(),t=o?this.toasts.show({level:"info",title:c("app.reconnecting"),message:c("app.reconnecting_detail"),duration:null}):null},this.host={upload:(o,u)=>this.client.upload(o,u),fileURL:o=>o.url||this.client.url(`/file=${o.path}`)},document.title=e.title||"Gradio",this.i18n=Ie(e.i18n_translations,z(e.locale))??(o=>o);let n=this.roles();for(let o of e.components)this.addEntry(o,n);this.dispatcher=new F(this),await P(e.components.map(o=>o.type));let r=document.createElement("main");if(r.className="gr-app gradio-container",e.mode==="interface"&&e.title){let o=document.createElement("h1");o.className="gr-title",o.textContent=e.title,r.append(o)}e.description&&r.append(He(e.description,"gr-description"));let s=this.buildChildren(e.layout.children??[],"column");s.classList.add("gr-root"),r.append(s),e.article&&r.append(He(e.article,"gr-article")),r.append(Je()),this.replaceChildren(r,this.toasts),e.js&&Ue(e.js),e.connect_heartbeat&&this.heartbeat(),Ce(this),e.collaboration&&import("./chunk-IJST4LZD.js").then(o=>o.startRoom(this)),this.dispatcher.trigger(e.layout.id,"load")}toast(e){this.toasts.show(e)}heartbeat(){this.beating||(this.beating=!0,this.client.heartbeat())}roles(){let e=new Set,t=new Set;for(let n of this.config.dependencies)n.inputs.forEach(r=>e.add(r)),n.outputs.forEach(r=>t.add(r));return{inputs:e,outputs:t}}addEntry(e,t){let{value:n,...r}=this.i18n(e.props),s=typeof r.interactive=="boolean"?r.interactive:t.inputs.has(e.id)||!t.outputs.has(e.id),o={config:e,kind:e.type,props:r,value:n??null,initial:n??null,el:null,wrap:null,status:null,interactive:s};return this.entries.set(e.id,o),o}applyRender(e){return Re(this,e)}buildChildren(e,t){let n=document.createElement("div");n.className=t==="row"?"gr-row":"gr-column";for(let r of e){let s=this.build(r);s&&n.append(s)}return n}build(e){let t=this.entries.get(e.id);if(!t)return null;let n;switch(t.kind){case"state":return null;case"row":n=this.buildChildren(t.rendered??e.children??[],"row"),t.props.equal_height&&n.classList.add("gr-equal-height"),t.props.variant&&t.props.variant!=="default"&&n.classList.add(`gr-${t.props.variant}`);break;case"column":case"form":n=this.buildChildren(t.rendered??e.children??[],"column"),t.props.variant&&t.props.variant!=="default"&&n.classList.add(`gr-${t.props.variant}`);break;case"group":n=this.buildChildren(e.children??[],"column"),n.classList.add("gr-group");break;case"tabs":n=Le(this,t,e);break;case"accordion":n=Ae(this,t,e);break;case"tabitem":return null;default:n=this.buildComponent(t)}return t.wrap=n,n.dataset.id=String(e.id),this.applyLayoutProps(t),n}buildComponent(e){let t=document.createElement("div");t.className=`gr-block gr-block-${e.kind}`,t.setAttribute("part","block");let n=he(e.kind),r=document.createElement(n??"gradio-fallback");r.host=this.host,r.props=n?e.props:{...e.props,kind:e.kind},r.value=e.value,r.interactive=e.interactive,r.addEventListener("gradio",o=>{let{event:u,data:m}=o.detail;(u==="change"||u==="input")&&(e.value=r.value),this.onUserEvent?.(e.config.id,u),this.dispatcher.trigger(e.config.id,u,m)}),e.el=r;let s=new N;return s.hidden=!0,e.status=s,t.append(r,s),e.props.container===!1&&t.classList.add("gr-no-container"),t}applyLayoutProps(e){let t=e.wrap;if(!t)return;t.hidden=e.props.visible===!1,e.props.elem_id&&(t.id=e.props.elem_id);for(let s of e.props.elem_classes??[])t.classList.add(s);let n=e.props.scale??(e.kind==="column"?1:null);n!=null&&(t.style.flexGrow=String(n));let r=e.props.min_width;r!=null&&(t.style.minWidth=`min(${r}px, 100%)`)}setValue(e,t){let n=this.entries.get(e);if(n){if(t&&typeof t=="object"&&t.__type__==="update"){let{__type__:r,value:s,...o}=t;this.updateProps(n,o),"value"in t&&this.setValue(e,s);return}JSON.stringify(n.value)!==JSON.stringify(t)&&(n.value=t,n.el&&(n.el.value=t),this.dispatcher.trigger(e,"change"))}}updateProps(e,t){if(Object.keys(t).length!==0){if(t=this.i18n(t),e.props={...e.props,...t},typeof t.interactive=="boolean"&&(e.interactive=t.interactive),e.el&&"props"in e.el){let n=e.el;n.props=e.props,n.interactive=e.interactive}e.lazy?.update(),this.applyLayoutProps(e)}}value(e){return this.entries.get(e)?.value??null}};customElements.define("gradio-app",ce);function Ue(a){try{Promise.resolve(new Function(`return (${a})();`)()).catch(i=>console.error("gradio: the app's js failed",i))}catch(i){console.error("gradio: the app's js failed",i)}}function He(a,i){let e=document.createElement("div");return e.className=`gr-prose ${i}`,e.innerHTML=ve(a),e}function Je(){let a=document.createElement("footer");a.className="gr-footer";let i=document.createElement("a");i.href="./?view=api",i.textContent=c("app.use_via_api");let e=document.createElement("span");e.textContent=" · ";let t=document.createElement("span");return t.textContent=c("app.built_with"),a.append(i,e,t,je()),a}
