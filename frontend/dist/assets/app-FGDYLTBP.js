import{a as _}from"./chunk-ZUIOS4IA.js";import{a as P,b as ue}from"./chunk-EVDTGSTD.js";import{b as fe,c as I}from"./chunk-34YH2E5K.js";import{a as $}from"./chunk-LQRKEO7X.js";import{c as me,d as ge}from"./chunk-LWZLZVZV.js";import{a as he}from"./chunk-QS7NFM7G.js";import"./chunk-GSKJMSPW.js";import{a as C,b as w,c as x,d as E,e as T,f as q,g as de,h as L,i as S,j}from"./chunk-SUUXRMRK.js";import{a as g,b,c as ce,d as y,e as pe}from"./chunk-DECO3CHZ.js";import{j as l,n as c,p as le}from"./chunk-FE2DSP6H.js";import"./chunk-OOJM4CTU.js";var F=class extends g{render(){return l`${this.label(null)}
      <div class="gr-fallback">This page cannot show a “${this.props.kind}” component.</div>`}};b("fallback",F);var z=class extends g{render(){let i=this.props,e=i.lines??1,t={placeholder:i.placeholder??"",dir:i.rtl?"rtl":"auto",readonly:!this.interactive},s=e<=1?this.input(t):l`<textarea
              id=${this.uid}
              class="gr-input gr-textarea"
              rows=${e}
              .value=${$(this.value??"")}
              placeholder=${t.placeholder}
              dir=${t.dir}
              ?readonly=${t.readonly}
              maxlength=${i.max_length??c}
              aria-describedby=${i.info?this.uid+"-info":c}
              @input=${this.onInput}
              @keydown=${this.onKeydown}
              @focus=${()=>this.emit("focus")}
              @blur=${()=>this.emit("blur")}
              @select=${()=>this.emit("select")}
            ></textarea>`;return l`${this.label()}
      <div class="gr-input-row">
        ${s}
        ${(i.buttons??[]).includes("copy")?P(()=>this.value??""):c}
        ${i.submit_btn&&this.interactive?l`<button type="button" class="gr-button gr-primary gr-sm" @click=${()=>this.emit("submit")}>
              ${typeof i.submit_btn=="string"?i.submit_btn:"Submit"}
            </button>`:c}
        ${i.stop_btn?l`<button type="button" class="gr-button gr-stop gr-sm" @click=${()=>this.emit("stop")}>
              ${typeof i.stop_btn=="string"?i.stop_btn:"Stop"}
            </button>`:c}
      </div>`}input(i){let e=this.props;return l`<input
      id=${this.uid}
      class="gr-input"
      type=${e.type==="password"||e.type==="email"?e.type:"text"}
      .value=${$(this.value??"")}
      placeholder=${i.placeholder}
      dir=${i.dir}
      ?readonly=${i.readonly}
      ?autofocus=${e.autofocus}
      maxlength=${e.max_length??c}
      aria-describedby=${e.info?this.uid+"-info":c}
      @input=${this.onInput}
      @keydown=${this.onKeydown}
      @focus=${()=>this.emit("focus")}
      @blur=${()=>this.emit("blur")}
      @select=${()=>this.emit("select")}
    />`}onInput(i){this.userValue(i.target.value),i.target instanceof HTMLTextAreaElement&&be(i.target,this.props.max_lines??20)}onKeydown(i){if(i.key!=="Enter"||i.isComposing)return;let e=i.target instanceof HTMLInputElement;(e&&!i.shiftKey||!e&&(i.ctrlKey||i.metaKey))&&(i.preventDefault(),this.interactive&&this.emit("submit"))}updated(){let i=this.querySelector("textarea");i&&be(i,this.props.max_lines??20)}};function be(o,i){let e=parseFloat(getComputedStyle(o).lineHeight)||20;o.style.height="auto";let t=e*i+16;o.style.height=`${Math.min(o.scrollHeight+2,t)}px`,o.style.overflowY=o.scrollHeight>t?"auto":"hidden"}b("textbox",z);var G=class extends g{render(){let i=this.props,e=()=>{i.link&&window.open(i.link,i.link_target??"_self"),this.emit("click")};return l`<button
      type="button"
      class="gr-button gr-${i.variant??"secondary"} gr-${i.size??"lg"}"
      ?disabled=${!this.interactive}
      @click=${e}
    >
      ${i.icon?l`<img class="gr-button-icon" src=${i.icon} alt="" />`:c}${this.value??i.value??"Run"}
    </button>`}};b("button",G);var V=class extends g{render(){let i=this.props;return l`${this.label()}
      <input
        id=${this.uid}
        class="gr-input gr-number"
        type="number"
        inputmode="decimal"
        min=${i.minimum??c}
        max=${i.maximum??c}
        step=${i.step??"any"}
        placeholder=${i.placeholder??""}
        ?readonly=${!this.interactive}
        aria-describedby=${i.info?this.uid+"-info":c}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @focus=${()=>this.emit("focus")}
        @blur=${()=>this.emit("blur")}
      />`}updated(i){if(!i.has("value"))return;let e=this.querySelector("input");if(!e)return;let t=typeof this.value=="number"?this.value:E(String(this.value??""));E(e.value)!==t&&(e.value=ue(t))}onInput(i){let e=i.target;if(e.validity.badInput)return;let t=E(e.value);t!==this.value&&this.userValue(t)}onKeydown(i){i.key!=="Enter"||i.isComposing||(i.preventDefault(),this.interactive&&this.emit("submit"))}};b("number",V);var Me=new Set(["ArrowLeft","ArrowRight","ArrowUp","ArrowDown","Home","End","PageUp","PageDown"]),U=class extends g{constructor(){super(...arguments);this.initial=null;this.committed=""}get bounds(){let e=T(this.props.minimum,0),t=T(this.props.maximum,100),s=T(this.props.step,1);return{min:e,max:t>e?t:e+100,step:s>0?s:1}}get current(){let{min:e,max:t}=this.bounds,s=T(this.value,e);return Math.min(t,Math.max(e,s))}willUpdate(e){e.has("value")&&this.initial==null&&this.value!=null&&(this.initial=T(this.value,0))}render(){let e=this.props,{min:t,max:s,step:n}=this.bounds,r=this.current,a=s>t?(r-t)/(s-t)*100:0,p=(e.buttons??[]).includes("reset"),u=e.info?this.uid+"-info":c;return l`<div class="gr-slider-head">
        ${this.label(this.uid+"-number")}
        <div class="gr-slider-controls">
          <input
            id=${this.uid+"-number"}
            class="gr-input gr-slider-number"
            type="number"
            inputmode="decimal"
            min=${t}
            max=${s}
            step=${n}
            ?readonly=${!this.interactive}
            aria-describedby=${u}
            @input=${this.onNumberInput}
            @change=${this.onNumberCommit}
            @keydown=${f=>f.key==="Enter"&&this.onNumberCommit(f)}
          />
          ${p?l`<button
                type="button"
                class="gr-icon-button gr-slider-reset"
                aria-label="Reset to ${this.initial??t}"
                title="Reset"
                ?disabled=${!this.interactive}
                @click=${this.onReset}
              >
                ↺
              </button>`:c}
        </div>
      </div>
      <input
        class="gr-slider-range"
        type="range"
        min=${t}
        max=${s}
        step=${n}
        .value=${$(String(r))}
        style="--gr-fill: ${a}%"
        ?disabled=${!this.interactive}
        aria-label=${e.label||"Value"}
        aria-describedby=${u}
        @input=${this.onRangeInput}
        @pointerup=${()=>this.interactive&&this.emit("release",this.current)}
        @keyup=${f=>this.interactive&&Me.has(f.key)&&this.emit("release",this.current)}
      />
      <div class="gr-slider-bounds" aria-hidden="true"><span>${t}</span><span>${s}</span></div>`}updated(){let e=this.querySelector(".gr-slider-number");!e||document.activeElement===e||(e.value===""||E(e.value)!==this.current)&&(e.value=String(this.current))}set(e){let{min:t,max:s,step:n}=this.bounds,r=Math.min(s,Math.max(t,t+Math.round((e-t)/n)*n)),a=Number(r.toFixed(Math.min(20,Math.max(q(n),q(t)))));a!==this.value&&this.userValue(a)}onRangeInput(e){this.set(Number(e.target.value));let t=this.querySelector(".gr-slider-number");t&&(t.value=String(this.current))}onNumberInput(e){let t=e.target;this.committed="";let s=E(t.value),{min:n,max:r}=this.bounds;s!=null&&s>=n&&s<=r&&s!==this.value&&this.userValue(s)}onNumberCommit(e){let t=e.target;if(!this.interactive||t.value===this.committed)return;let s=E(t.value);if(s==null){t.value=String(this.current);return}let{min:n,max:r}=this.bounds,a=Math.min(r,Math.max(n,s));a!==this.value&&this.userValue(a),t.value=String(a),this.committed=t.value,this.emit("release",a)}onReset(){let e=this.initial??this.bounds.min;e!==this.value&&this.userValue(e)}};b("slider",U);var K=class extends g{render(){let i=this.props,e=i.show_label===!1;return l`${i.info?l`<div class="gr-info gr-checkbox-info" id=${this.uid+"-info"}>${i.info}</div>`:c}
      <label class="gr-check ${this.interactive?"":"gr-disabled"}">
        <input
          id=${this.uid}
          type="checkbox"
          .checked=${$(this.value===!0)}
          ?disabled=${!this.interactive}
          aria-label=${e&&i.label?i.label:c}
          aria-describedby=${i.info?this.uid+"-info":c}
          @change=${this.onChange}
        />
        ${i.label&&!e?l`<span>${i.label}</span>`:c}
      </label>`}onChange(i){let e=i.target.checked;this.userValue(e),this.emit("select",{index:null,value:this.props.label??null,selected:e})}};b("checkbox",K);var J=class extends g{render(){let i=this.props,e=C(i.choices),t=x(this.value),s=p=>t.some(u=>w(u,p)),n=e.filter(([,p])=>s(p)).length,r=e.length>0&&n===e.length,a=n>0&&!r;return l`${this.label(null)}
      <div
        class="gr-choices"
        role="group"
        aria-labelledby=${i.label?this.uid+"-label":c}
        aria-describedby=${i.info?this.uid+"-info":c}
      >
        ${i.show_select_all&&e.length>1?l`<label class="gr-check gr-choice gr-select-all ${this.interactive?"":"gr-disabled"}">
              <input
                type="checkbox"
                .checked=${$(r)}
                .indeterminate=${a}
                ?disabled=${!this.interactive}
                @change=${p=>this.setAll(p.target.checked)}
              />
              <span>Select all</span>
            </label>`:c}
        ${e.map(([p,u],f)=>l`<label class="gr-check gr-choice ${this.interactive?"":"gr-disabled"}">
            <input
              type="checkbox"
              name=${this.uid}
              value=${String(u)}
              .checked=${$(s(u))}
              ?disabled=${!this.interactive}
              @change=${d=>this.toggle(f,u,d.target.checked)}
            />
            <span>${p}</span>
          </label>`)}
      </div>`}toggle(i,e,t){let s=x(this.value).filter(n=>!w(n,e));this.userValue(t?[...s,e]:s),this.emit("select",{index:i,value:e,selected:t})}setAll(i){let e=x(this.value),t=C(this.props.choices).map(([,s])=>s).filter(s=>!e.some(n=>w(n,s)));this.userValue(i?[...e,...t]:[])}};b("checkboxgroup",J);var B=class extends g{render(){let i=this.props,e=C(i.choices);return l`${this.label(null)}
      <div
        class="gr-choices"
        role="radiogroup"
        dir=${i.rtl?"rtl":c}
        aria-labelledby=${i.label?this.uid+"-label":c}
        aria-describedby=${i.info?this.uid+"-info":c}
      >
        ${e.map(([t,s],n)=>l`<label class="gr-check gr-choice ${this.interactive?"":"gr-disabled"}">
            <input
              type="radio"
              name=${this.uid}
              value=${String(s)}
              .checked=${$(w(this.value,s))}
              ?disabled=${!this.interactive}
              @change=${()=>this.choose(n,s)}
            />
            <span>${t}</span>
          </label>`)}
      </div>`}choose(i,e){this.userValue(e),this.emit("select",{index:i,value:e,selected:!0})}};b("radio",B);var W=class extends g{constructor(){super(...arguments);this.open=!1;this.query=null;this.active=-1;this.scrollActive=!1}static{this.properties={...g.properties,open:{state:!0},query:{state:!0},active:{state:!0}}}get multi(){return this.props.multiselect===!0}get options(){return C(this.props.choices).map(([e,t],s)=>({label:e,value:t,index:s}))}get filtered(){let e=this.query?.trim().toLowerCase();return!e||this.props.filterable===!1?this.options:this.options.filter(t=>t.label.toLowerCase().includes(e))}get selected(){return this.multi?x(this.value):this.value==null?[]:[this.value]}isSelected(e){return this.selected.some(t=>w(t,e))}labelOf(e){return this.options.find(t=>w(t.value,e))?.label??String(e)}get full(){let e=this.props.max_choices;return this.multi&&typeof e=="number"&&e>0&&this.selected.length>=e}render(){let e=this.props,t=`${this.uid}-list`,s=this.open&&this.interactive?this.filtered:[],n=this.open&&this.active>=0&&this.active<s.length?`${this.uid}-opt-${this.active}`:null,r=this.query??(this.multi||this.value==null?"":this.labelOf(this.value)),a=this.interactive&&(e.filterable!==!1||e.allow_custom_value===!0);return l`${this.label()}
      <div class="gr-dropdown ${this.open?"gr-dropdown-open":""}">
        <div class="gr-input gr-dropdown-field ${this.interactive?"":"gr-readonly"}" @mousedown=${this.onFieldMousedown} @click=${this.onFieldClick}>
          ${this.multi?this.selected.map(p=>l`<span class="gr-chip"
                  >${this.labelOf(p)}${this.interactive?l`<button
                        type="button"
                        class="gr-chip-remove"
                        aria-label="Remove ${this.labelOf(p)}"
                        @click=${u=>{u.stopPropagation();let f=document.activeElement===u.currentTarget;this.unselect(p),f&&this.input?.focus()}}
                      >
                        ×
                      </button>`:c}</span
                >`):c}
          <input
            id=${this.uid}
            class="gr-dropdown-input"
            role="combobox"
            autocomplete="off"
            aria-autocomplete=${e.filterable===!1?"none":"list"}
            aria-expanded=${this.open?"true":"false"}
            aria-controls=${t}
            aria-activedescendant=${n??c}
            aria-describedby=${e.info?this.uid+"-info":c}
            aria-readonly=${this.interactive?c:"true"}
            .value=${$(r)}
            placeholder=${this.multi&&this.selected.length>0?"":e.placeholder??""}
            ?readonly=${!a}
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
          role="listbox"
          aria-label=${e.label||"Choices"}
          aria-multiselectable=${this.multi?"true":c}
          ?hidden=${!this.open||s.length===0}
          @mousedown=${p=>p.preventDefault()}
        >
          ${s.map((p,u)=>{let f=this.isSelected(p.value),d=!f&&this.full;return l`<li
              id=${`${this.uid}-opt-${u}`}
              class="gr-option ${u===this.active?"gr-active":""}"
              role="option"
              aria-selected=${f?"true":"false"}
              aria-disabled=${d?"true":c}
              @click=${()=>this.choose(p)}
              @mousemove=${()=>{this.active!==u&&(this.active=u)}}
            >
              <span class="gr-option-check" aria-hidden="true">${f?"✓":""}</span>${p.label}
            </li>`})}
        </ul>
        ${this.open&&this.interactive&&s.length===0?l`<div class="gr-listbox gr-listbox-empty" role="status">
              ${this.full?`At most ${e.max_choices} choices`:e.allow_custom_value&&this.query?.trim()?`Press Enter to use “${this.query.trim()}”`:"No matching choices"}
            </div>`:c}
      </div>`}updated(e){e.has("active")&&this.scrollActive&&this.active>=0&&(this.scrollActive=!1,this.querySelector(`#${this.uid}-opt-${this.active}`)?.scrollIntoView({block:"nearest"}))}get input(){return this.querySelector(".gr-dropdown-input")}show(){if(!this.interactive||this.open)return;this.open=!0;let e=this.filtered,t=this.multi?-1:e.findIndex(s=>this.isSelected(s.value));this.active=t>=0?t:e.length>0?0:-1,this.scrollActive=!0}hide(){this.open=!1,this.active=-1}move(e){let t=this.filtered.length;t!==0&&(this.active=Math.max(0,Math.min(t-1,e)),this.scrollActive=!0)}onFieldMousedown(e){let t=this.input;!this.interactive||!t||e.target===t||(e.preventDefault(),document.activeElement!==t&&t.focus())}onFieldClick(e){this.interactive&&(e.target!==this.input&&this.open?this.hide():this.show())}onFocus(){!this.multi&&this.interactive&&this.input?.select(),this.emit("focus")}onBlur(){let e=this.query?.trim();this.props.allow_custom_value&&e&&this.custom(e),this.query=null,this.hide(),this.emit("blur")}onInput(e){this.query=e.target.value,this.open=!0,this.active=this.filtered.length>0?0:-1,this.scrollActive=!0}onKeydown(e){if(!this.interactive||e.isComposing)return;let t=this.filtered;switch(e.key){case"ArrowDown":e.preventDefault(),!this.open||e.altKey?this.show():this.move(this.active+1);break;case"ArrowUp":e.preventDefault(),this.open?e.altKey?this.hide():this.move(this.active-1):this.show();break;case"Home":case"End":if(!this.open||this.query)return;e.preventDefault(),this.move(e.key==="Home"?0:t.length-1);break;case"PageDown":case"PageUp":if(!this.open)return;e.preventDefault(),this.move(this.active+(e.key==="PageDown"?10:-10));break;case"Enter":{let s=this.query?.trim();this.open&&this.active>=0&&this.active<t.length?(e.preventDefault(),this.choose(t[this.active])):this.props.allow_custom_value&&s?(e.preventDefault(),this.custom(s),this.query=null,this.multi||this.hide()):this.open||(e.preventDefault(),this.show());break}case"Escape":(this.open||this.query!=null)&&(e.preventDefault(),this.query=null,this.hide());break;case"Backspace":this.multi&&!this.input?.value&&this.selected.length>0&&(e.preventDefault(),this.unselect(this.selected[this.selected.length-1]));break;case"Tab":this.hide();break}}choose(e){if(this.multi){let t=this.isSelected(e.value);if(!t&&this.full)return;let s=this.selected.filter(n=>!w(n,e.value));this.userValue(t?s:[...s,e.value]),this.emit("select",{index:e.index,value:e.value,selected:!t}),this.query&&(this.query=null,this.active=this.filtered.findIndex(n=>n.index===e.index));return}this.query=null,this.hide(),w(this.value,e.value)||this.userValue(e.value),this.emit("select",{index:e.index,value:e.value,selected:!0}),this.updateComplete.then(()=>{let t=this.input;t&&document.activeElement===t&&t.select()})}custom(e){let t=this.options.find(s=>s.label===e);if(t){(!this.isSelected(t.value)||!this.multi)&&this.choose(t);return}if(this.multi){if(this.isSelected(e)||this.full)return;this.userValue([...this.selected,e])}else{if(w(this.value,e))return;this.userValue(e)}this.emit("select",{index:null,value:e,selected:!0})}unselect(e){this.userValue(this.selected.filter(s=>!w(s,e)));let t=this.options.find(s=>w(s.value,e));this.emit("select",{index:t?.index??null,value:e,selected:!1})}};b("dropdown",W);var X=class extends g{constructor(){super(...arguments);this.cache={key:"",html:""}}render(){let e=this.props,t=typeof this.value=="string"?this.value:this.value==null?"":String(this.value),s=[e.min_height!=null?`min-height:${_(e.min_height)}`:"",e.max_height!=null?`max-height:${_(e.max_height)};overflow:auto`:""].filter(Boolean).join(";");return l`${e.show_label===!0?this.label(null):c}
      <div
        class="gr-html ${e.padding?"gr-html-padded":""}"
        style=${s||c}
        aria-labelledby=${e.show_label===!0&&e.label?this.uid+"-label":c}
        @click=${()=>this.emit("click")}
      >
        ${he(this.rendered(t))}
      </div>`}rendered(e){let t=this.props.sanitize_html!==!1,s=`${t}|${e}`;return this.cache.key!==s&&(this.cache={key:s,html:t?ge(e):e}),this.cache.html}};b("html",X);var Y=class extends g{render(){let i=this.props,e=this.value,t=e==null,s=(i.buttons??[]).includes("copy"),n=i.height!=null?`height:${_(i.height)}`:i.max_height!=null?`max-height:${_(i.max_height)}`:"";return l`${this.label(null)}
      ${t?c:l`<div class="gr-json" role="group" aria-labelledby=${i.label?this.uid+"-label":c}>
            ${s?l`<div class="gr-json-buttons">${P(()=>JSON.stringify(this.value,null,2))}</div>`:c}
            <div class="gr-json-tree" style=${n||c}>${this.node(null,e,0,!0)}</div>
          </div>`}`}node(i,e,t,s){let n=s?c:l`<span class="gr-json-punct">,</span>`,r=i==null?c:typeof i=="number"?l`<span class="gr-json-index">${i}</span><span class="gr-json-punct">: </span>`:l`<span class="gr-json-key">${JSON.stringify(i)}</span><span class="gr-json-punct">: </span>`;if(e===null||typeof e!="object")return l`<div class="gr-json-line">${r}${Ae(e)}${n}</div>`;let a=Array.isArray(e),p=a?e.map((m,v)=>[this.props.show_indices?v:null,m]):Object.entries(e),[u,f]=a?["[","]"]:["{","}"];if(p.length===0)return l`<div class="gr-json-line">${r}<span class="gr-json-punct">${u}${f}</span>${n}</div>`;let d=p.length,h=a?`${d} item${d===1?"":"s"}`:`${d} key${d===1?"":"s"}`;return l`<details class="gr-json-node" ?open=${this.props.open===!0||t===0}>
      <summary>
        ${r}<span class="gr-json-punct">${u}</span
        ><span class="gr-json-collapsed"
          ><span class="gr-json-preview">${h}</span><span class="gr-json-punct">${f}</span>${n}</span
        >
      </summary>
      <div class="gr-json-children">${p.map(([m,v],k)=>this.node(m,v,t+1,k===d-1))}</div>
      <div class="gr-json-line gr-json-close"><span class="gr-json-punct">${f}</span>${n}</div>
    </details>`}};function Ae(o){if(o===null)return l`<span class="gr-json-null">null</span>`;switch(typeof o){case"string":return l`<span class="gr-json-string">${JSON.stringify(o)}</span>`;case"number":return l`<span class="gr-json-number">${String(o)}</span>`;case"boolean":return l`<span class="gr-json-boolean">${String(o)}</span>`}return l`<span class="gr-json-null">${String(o)}</span>`}b("json",Y);var Z=class extends g{render(){let i=this.props,e=this.value;if(e==null)return l`${this.label(null)}`;let t=typeof e=="object"?e.label:e,s=typeof e=="object"&&Array.isArray(e.confidences)?e.confidences:[],n=t!=null&&t!==""&&(i.show_heading!==!1||s.length===0);return l`${this.label(null)}
      <div class="gr-classification" role="group" aria-labelledby=${i.label?this.uid+"-label":c}>
        ${n?l`<div class="gr-classification-top">${String(t)}</div>`:c}
        ${s.length>0?l`<ul class="gr-confidences">
              ${s.map((r,a)=>{let p=Math.max(0,Math.min(1,Number(r.confidence)||0))*100,u=`${Math.round(Number(r.confidence)*100)}%`;return l`<li>
                  <button
                    type="button"
                    class="gr-confidence ${r.label===t?"gr-confidence-top":""}"
                    aria-label="${r.label}: ${u}"
                    @click=${()=>this.emit("select",{index:a,value:r.label})}
                  >
                    <span class="gr-confidence-text"><span class="gr-confidence-name">${r.label}</span><span class="gr-confidence-pct">${u}</span></span>
                    <span class="gr-confidence-track" aria-hidden="true"><span class="gr-confidence-bar" style="width:${p}%"></span></span>
                  </button>
                </li>`})}
            </ul>`:c}
      </div>`}};b("label",Z);var Q=class extends g{constructor(){super(...arguments);this.handle=null;this.running=null}render(){return c}get interval(){if(this.props.active===!1)return null;let e=this.value==null?1:Number(this.value);return Number.isFinite(e)&&e>0?e*1e3:null}updated(){this.isConnected&&this.interval!==this.running&&this.restart()}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this.restart()}disconnectedCallback(){super.disconnectedCallback(),this.stop()}restart(){this.stop();let e=this.interval;e!=null&&(this.running=e,this.handle=setInterval(()=>this.emit("tick"),e))}stop(){this.handle!=null&&clearInterval(this.handle),this.handle=null,this.running=null}};b("timer",Q);var ee=class extends g{constructor(){super(...arguments);this.uploading=!1;this.dragging=!1;this.error=""}static{this.properties={...g.properties,uploading:{state:!0},dragging:{state:!0},error:{state:!0}}}get multiple(){return this.props.file_count==="multiple"||this.props.file_count==="directory"}render(){let e=this.props,t=x(this.value).filter(r=>r!=null&&typeof r=="object"),s=e.height!=null?`height:${_(e.height)}`:"",n=this.interactive&&(t.length===0||this.uploading);return l`${this.label(n?this.uid:null)}
      <div class="gr-file" style=${s||c} role=${n?c:"group"} aria-labelledby=${!n&&e.label?this.uid+"-label":c}>
        ${n?this.zone():t.length>0?this.list(t):l`<div class="gr-file-empty">No file</div>`}
        ${this.error?l`<div class="gr-file-error" role="alert">${this.error}</div>`:c}
      </div>`}zone(){let e=this.props,t=S(e.file_types);return l`<div
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
        accept=${t??c}
        ?multiple=${this.multiple}
        ?webkitdirectory=${e.file_count==="directory"}
        ?disabled=${this.uploading}
        aria-describedby=${e.info?this.uid+"-info":c}
        @change=${this.onPick}
      />
      ${this.uploading?l`<div class="gr-file-status" role="status"><span class="gr-spinner" aria-hidden="true"></span>Uploading…</div>`:l`<label class="gr-file-prompt" for=${this.uid}>
            <span class="gr-file-icon" aria-hidden="true">⇪</span>
            <span>Drop ${this.multiple?"files":"a file"} here</span>
            <span class="gr-file-or">— or —</span>
            <span class="gr-file-click">Click to upload</span>
            ${t?l`<span class="gr-file-types">Accepted: ${t.replaceAll(",",", ")}</span>`:c}
          </label>`}
    </div>`}list(e){return l`<div class="gr-file-head">
        <span class="gr-file-count">${e.length===1?"1 file":`${e.length} files`}</span>
        ${this.interactive?l`<button type="button" class="gr-icon-button gr-file-clear" aria-label="Clear" title="Clear" @click=${this.onClear}>×</button>`:c}
      </div>
      <ul class="gr-file-list">
        ${e.map(t=>{let s=L(t),n=de(t.size);return l`<li class="gr-file-item">
            <a class="gr-file-name" href=${this.host?.fileURL(t)??t.url??"#"} download=${s} target="_blank" rel="noopener">${s}</a>
            ${n?l`<span class="gr-file-size">${n}</span>`:c}
            ${this.interactive&&e.length>1?l`<button type="button" class="gr-icon-button gr-file-remove" aria-label="Remove ${s}" @click=${()=>this.removeFile(t)}>×</button>`:c}
          </li>`})}
      </ul>`}onDragOver(e){!e.dataTransfer||!Array.from(e.dataTransfer.types).includes("Files")||(e.preventDefault(),e.dataTransfer.dropEffect="copy",this.dragging=!0)}onDragLeave(e){let t=e.relatedTarget;(!t||!e.currentTarget.contains(t))&&(this.dragging=!1)}onDrop(e){e.preventDefault(),this.dragging=!1,this.take(Array.from(e.dataTransfer?.files??[]))}onPick(e){let t=e.target,s=Array.from(t.files??[]);t.value="",this.take(s)}async take(e){if(e.length===0||this.uploading)return;let t=this.props.file_types,s=e.filter(a=>j(t,a));if(s.length<e.length){if(this.error=`${e.length-s.length===1?"A file is":"Some files are"} not of an accepted type (${S(t)}).`,s.length===0)return}else this.error="";let n=this.multiple?s:s.slice(0,1),r=this.contains(document.activeElement);this.uploading=!0;try{let a=await this.host.upload(n);if(a.length===0)throw new Error("the server returned no file");this.userValue(this.multiple?a:a[0]),this.emit("upload"),r&&this.updateComplete.then(()=>this.querySelector(".gr-file-clear, .gr-file-name")?.focus())}catch(a){this.error=`Upload failed: ${a?.message??a}`}finally{this.uploading=!1}}onClear(){this.error="",this.userValue(null),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-file-input")?.focus())}removeFile(e){let t=x(this.value).filter(s=>s!==e);this.userValue(t.length>0?t:null),this.updateComplete.then(()=>this.querySelector(".gr-file-clear, .gr-file-input")?.focus())}};b("file",ee);var te=class extends g{constructor(){super(...arguments);this.progress=null;this.note="";this.error=""}static{this.properties={...g.properties,progress:{state:!0},note:{state:!0},error:{state:!0}}}get multiple(){return this.props.file_count==="multiple"||this.props.file_count==="directory"}render(){let e=this.props,t=this.progress!=null,s=Math.round((this.progress??0)*100),n=I(e.icon,this.host);return l`<input
        class="gr-file-input"
        type="file"
        tabindex="-1"
        aria-hidden="true"
        accept=${S(e.file_types)??c}
        ?multiple=${this.multiple}
        ?webkitdirectory=${e.file_count==="directory"}
        @change=${this.onPick}
      />
      <button
        type="button"
        class="gr-button gr-${e.variant??"secondary"} gr-${e.size??"lg"} gr-upload-button"
        style=${t?`--gr-upload:${s}%`:c}
        ?disabled=${!this.interactive}
        aria-disabled=${t?"true":c}
        aria-busy=${t?"true":"false"}
        @click=${this.onClick}
      >
        ${n?l`<img class="gr-button-icon" src=${n} alt="" />`:c}${t?`Uploading… ${s}%`:e.label??"Upload a File"}
      </button>
      <div class="gr-sr-only" role="status">${this.note}</div>
      ${this.error?l`<div class="gr-file-error" role="alert">${this.error}</div>`:c}`}onClick(){!this.interactive||this.progress!=null||(this.emit("click"),this.querySelector(".gr-file-input")?.click())}async onPick(e){let t=e.target,s=Array.from(t.files??[]);if(t.value="",s.length===0)return;let n=s.filter(a=>j(this.props.file_types,a));this.error=n.length<s.length?`Not accepted (${S(this.props.file_types)}): ${s.filter(a=>!n.includes(a)).map(a=>a.name).join(", ")}`:"";let r=this.multiple?n:n.slice(0,1);if(r.length!==0){this.progress=0,this.note="Uploading";try{let a=await this.host.upload(r,p=>this.progress=p);if(a.length===0)throw new Error("the server returned no file");this.userValue(this.multiple?a:a[0]),this.emit("upload"),this.note=a.length===1?`Uploaded ${r[0].name}`:`Uploaded ${a.length} files`}catch(a){this.error=`Upload failed: ${a?.message??a}`,this.note=""}finally{this.progress=null}}}};b("uploadbutton",te);var ie=class extends g{render(){let i=this.props,e=this.value,t=fe(e)?e:typeof e=="string"&&e?{path:e,url:e,meta:{_type:"gradio.FileData"}}:null,s=`gr-button gr-${i.variant??"secondary"} gr-${i.size??"lg"} gr-download-button`,n=I(i.icon,this.host),r=l`${n?l`<img class="gr-button-icon" src=${n} alt="" />`:c}${i.label??"Download"}`;return!t||!this.interactive?l`<button type="button" class=${s} disabled>${r}</button>`:l`<a class=${s} href=${this.host?.fileURL(t)??t.url??"#"} download=${L(t)} title=${L(t)} @click=${()=>this.emit("click")}>${r}</a>`}};b("downloadbutton",ie);y(["image"],()=>import("./chunk-ZFOZNETJ.js"));y(["imageeditor"],()=>import("./chunk-BZ6GOVOD.js"));y(["gallery"],()=>import("./chunk-27WIOLVF.js"));y(["annotatedimage"],()=>import("./chunk-WNKNW5EK.js"));y(["imageslider"],()=>import("./chunk-CPRJ6E5J.js"));y(["audio"],()=>import("./chunk-BDK4G43Z.js"));y(["video"],()=>import("./chunk-FWK67IRJ.js"));y(["dataframe"],()=>import("./chunk-RB5LWTDC.js"));y(["chatbot"],()=>import("./chunk-V6LXCVW6.js"));y(["plot"],()=>import("./chunk-BR4W3DZB.js"));y(["nativeplot"],()=>import("./chunk-REQBRYQM.js"));y(["code"],()=>import("./chunk-E5QCT57S.js"));y(["highlightedtext"],()=>import("./chunk-MQLJSSXO.js"));y(["colorpicker"],()=>import("./chunk-KF2UD2ZS.js"));y(["datetime"],()=>import("./chunk-ELBVHM6N.js"));y(["multimodaltextbox"],()=>import("./chunk-LP4WZMWH.js"));y(["chathistory"],()=>import("./chunk-T737AHLS.js"));y(["dataset"],()=>import("./chunk-IK7H7S53.js"));var M=class extends Error{constructor(e,t){super(e);this.status=t}},H=class{constructor(i){this.config=i;this.session=Math.random().toString(36).slice(2)+Date.now().toString(36);this.listeners=new Map;this.early=new Map;this.streaming=!1;this.base=new URL(".",document.baseURI).href.replace(/\/$/,"")+i.api_prefix}url(i){return this.base+i}async join(i,e,t,s,n=null){let r=await this.post("/queue/join",{data:e,fn_index:i,session_hash:this.session,event_data:n??null,trigger_id:s});if(!r.ok)throw new M(se(r.body,r.status),r.status);let a=r.body.event_id;this.listeners.set(a,t);for(let p of this.early.get(a)??[])this.deliver(p);return this.early.delete(a),this.ensureStream(),a}async run(i,e,t,s,n=null){let r=await this.post(`/run/${encodeURIComponent(i)}`,{data:t,fn_index:e,session_hash:this.session,event_data:n??null,trigger_id:s});return r.ok||r.status===500&&typeof r.body=="object"&&"error"in r.body?r.body:{error:se(r.body,r.status),title:"Error"}}async cancel(i,e){await this.post("/cancel",{event_id:i,session_hash:this.session,fn_index:e}).catch(()=>{})}upload(i,e){let t=new FormData;for(let s of i)t.append("files",s,s.name);return new Promise((s,n)=>{let r=new XMLHttpRequest;r.open("POST",this.url("/upload")),r.responseType="text",e&&(r.upload.onprogress=a=>a.lengthComputable&&e(a.loaded/a.total)),r.onerror=()=>n(new M("The upload failed: the connection broke.",0)),r.onload=()=>{if(r.status<200||r.status>=300){let p=r.responseText;try{p=JSON.parse(p)}catch{}n(new M(se(p,r.status),r.status));return}let a=JSON.parse(r.responseText);s(a.map((p,u)=>({path:p,orig_name:i[u].name,size:i[u].size,mime_type:i[u].type||null,meta:{_type:"gradio.FileData"}})))},r.send(t)})}heartbeat(){let i=()=>{let e=new EventSource(this.url(`/heartbeat/${this.session}`));e.onerror=()=>{e.close(),setTimeout(i,2e3)}};i()}async post(i,e){let t=await fetch(this.url(i),{method:"POST",headers:{"Content-Type":"application/json","X-Gradio-User":"app"},body:JSON.stringify(e)}),s=await t.text(),n=s;try{n=JSON.parse(s)}catch{}return{ok:t.ok,status:t.status,body:n}}ensureStream(){this.streaming||(this.streaming=!0,this.readStream().finally(()=>{this.streaming=!1,this.listeners.size>0&&this.ensureStream()}))}async readStream(){let i;try{i=await fetch(this.url(`/queue/data?session_hash=${encodeURIComponent(this.session)}`),{headers:{Accept:"text/event-stream"}})}catch{this.broken("Connection errored out.");return}if(!i.ok||!i.body){this.broken(`Connection errored out (HTTP ${i.status}).`);return}let e=i.body.pipeThrough(new TextDecoderStream).getReader(),t="";for(;;){let{value:s,done:n}=await e.read().catch(()=>({value:void 0,done:!0}));if(n)break;t+=s;let r;for(;(r=t.indexOf(`

`))>=0;){let a=t.slice(0,r);t=t.slice(r+2);for(let p of a.split(`
`)){if(!p.startsWith("data:"))continue;let u=JSON.parse(p.slice(5).trim());if(u.msg==="close_stream"){await e.cancel().catch(()=>{});return}this.deliver(u)}}}}deliver(i){if(i.event_id==null){i.msg==="unexpected_error"&&this.broken(i.message??"Unexpected error.");return}let e=this.listeners.get(i.event_id);if(!e){let t=this.early.get(i.event_id)??[];t.push(i),this.early.set(i.event_id,t);return}i.msg==="process_completed"&&this.listeners.delete(i.event_id),e(i)}broken(i){let e=[...this.listeners.entries()];this.listeners.clear();for(let[t,s]of e)s({msg:"process_completed",event_id:t,success:!1,output:{error:i,title:"Error"}})}};function se(o,i){if(o&&typeof o=="object"){if(typeof o.detail=="string")return o.detail;if(typeof o.error=="string")return o.error}return typeof o=="string"&&o?o:`HTTP ${i}`}function ve(o,i){for(let[e,t,s]of i)o=ye(o,t,e,s);return o}function Ne(o){return Array.isArray(o)?o.slice():o!==null&&typeof o=="object"?{...o}:o}function ye(o,i,e,t){if(i.length===0){if(e==="replace")return t;if(e==="append")return o+t;throw new Error(`cannot ${e} at the root`)}let[s,...n]=i,r=Ne(o);if(n.length>0)return r[s]=ye(r[s],n,e,t),r;switch(e){case"replace":r[s]=t;break;case"append":r[s]+=t;break;case"add":Array.isArray(r)?r.splice(s,0,t):r[s]=t;break;case"delete":Array.isArray(r)?r.splice(s,1):delete r[s];break}return r}var R=class{constructor(i){this.app=i;this.byTarget=new Map;this.byParent=new Map;this.state=new Map;this.jsFns=new Map;for(let e of i.config.dependencies){this.state.set(e.id,{running:0,again:!1,events:new Set});for(let[t,s]of e.targets){if(t==null)continue;let n=`${t}:${s}`;this.byTarget.set(n,[...this.byTarget.get(n)??[],e])}e.trigger_after!=null&&this.byParent.set(e.trigger_after,[...this.byParent.get(e.trigger_after)??[],e])}}trigger(i,e,t){for(let s of this.byTarget.get(`${i}:${e}`)??[])this.run(s,i,t)}async run(i,e,t=null){let s=this.state.get(i.id);if(s.running>0&&i.trigger_mode!=="multiple")return i.trigger_mode==="always_last"&&(s.again=!0),!1;for(let r of i.cancels)this.cancel(r);if(!i.backend_fn&&!i.js)return!0;s.running++;let n=!1;try{n=await this.execute(i,e,t)}finally{s.running--}for(let r of this.byParent.get(i.id)??[])r.trigger_only_on_success&&!n||r.trigger_only_on_failure&&n||this.run(r,null);return s.again&&s.running===0&&(s.again=!1,this.run(i,e)),n}cancel(i){let e=this.state.get(i);if(e)for(let t of e.events)this.app.client.cancel(t,i)}async execute(i,e,t){let s=i.inputs.map(r=>this.app.entries.get(r)?.kind==="state"?null:this.app.value(r));if(i.js){let r;try{r=await this.jsFn(i)(...s)}catch(a){return this.app.toast({level:"error",title:"Error",message:`The page's script failed: ${a}`,duration:10}),!1}if(!i.backend_fn)return this.setOutputs(i,Array.isArray(r)?r:[r]),!0;r!==void 0&&(s=Array.isArray(r)?r:[r])}let n=performance.now();this.status(i,{stage:"pending",started:n,show:i.show_progress});try{return i.queue?await this.queued(i,s,e,t,n):await this.direct(i,s,e,t)}catch(r){return this.status(i,null),this.app.toast({level:"error",title:"Error",message:r.message,duration:10}),!1}}async direct(i,e,t,s){let n=await this.app.client.run(i.api_name,i.id,e,t,s);return this.status(i,null),"error"in n?(this.error(n),!1):(this.setOutputs(i,n.data??[]),!0)}queued(i,e,t,s,n){let r=this.state.get(i.id),a=null;return new Promise((p,u)=>{let f="",d=h=>{switch(h.msg){case"estimation":this.status(i,{stage:"pending",position:h.rank,size:h.queue_size,eta:h.rank_eta,started:n,show:i.show_progress});break;case"process_starts":this.status(i,{stage:"pending",eta:h.eta,started:n,show:i.show_progress});break;case"progress":this.status(i,{stage:"pending",progress:h.progress_data,started:n,show:i.show_progress});break;case"log":this.app.toast({level:h.level??"info",title:h.title??"",message:h.log??"",duration:h.duration??10});break;case"process_generating":{if(!h.success)break;a==null&&this.status(i,{stage:"generating",started:n,show:i.show_progress});let m=h.output.data;a=a==null?m:a.map((v,k)=>ve(v,m[k])),this.setOutputs(i,a);break}case"process_completed":r.events.delete(f),this.status(i,null),h.success?Array.isArray(h.output?.data)?(this.setOutputs(i,h.output.data),i.scroll_to_output&&this.scrollTo(i),p(!0)):p(!1):(this.error(h.output),p(!1))}};this.app.client.join(i.id,e,d,t,s).then(h=>{f=h,r.events.add(h)},u)})}setOutputs(i,e){i.outputs.forEach((t,s)=>{s<e.length&&this.app.entries.get(t)?.kind!=="state"&&this.app.setValue(t,e[s])})}status(i,e){for(let t of i.outputs)this.app.entries.get(t)?.status?.set(e)}error(i){i?.visible!==!1&&this.app.toast({level:"error",title:i?.title??"Error",message:i?.error??"An error occurred.",duration:i&&"duration"in i?i.duration:10})}scrollTo(i){let e=this.app.entries.get(i.outputs[0])?.wrap;if(!e)return;let t=e.getBoundingClientRect();(t.top<0||t.bottom>window.innerHeight)&&e.scrollIntoView({behavior:"smooth",block:"nearest"})}jsFn(i){let e=this.jsFns.get(i.id);return e||(e=new Function(`return (${i.js})`)(),this.jsFns.set(i.id,e)),e}};var A=class extends HTMLElement{constructor(){super(...arguments);this.timer=0;this.status=null}set(e){if(this.status=e,clearInterval(this.timer),!e||e.stage==="complete"||e.stage==="error"||e.show==="hidden"){this.hidden=!0,this.replaceChildren(),this.parentElement?.removeAttribute("aria-busy");return}this.hidden=!1,this.parentElement?.setAttribute("aria-busy","true"),this.render(),this.timer=window.setInterval(()=>this.render(),100)}disconnectedCallback(){clearInterval(this.timer)}render(){let e=this.status;this.className=`gr-status gr-status-${e.stage} gr-status-${e.show}`;let t=[];if(e.show==="minimal"){this.replaceChildren($e());return}let s=e.progress?.find(p=>p.progress!=null||p.index!=null&&p.length);if(s){let p=s.progress??(s.index+1)/s.length,u=document.createElement("div");u.className="gr-progress",u.setAttribute("role","progressbar"),u.setAttribute("aria-valuemin","0"),u.setAttribute("aria-valuemax","100"),u.setAttribute("aria-valuenow",String(Math.round(p*100)));let f=document.createElement("div");f.className="gr-progress-fill",f.style.width=`${Math.max(0,Math.min(1,p))*100}%`,u.append(f);let d=document.createElement("div");d.className="gr-progress-label";let h=s.index!=null&&s.length?`${s.index+1}/${s.length} ${s.unit??""}`:`${Math.round(p*100)}%`;d.textContent=s.desc?`${s.desc} · ${h}`:h,t.push(u,d)}else t.push($e());let n=document.createElement("div");n.className="gr-status-meta";let r=e.started?((performance.now()-e.started)/1e3).toFixed(1):null,a=[];e.stage==="pending"&&e.position!=null&&e.position>0&&a.push(`queue: ${e.position+1}/${e.size??"?"}`),r&&a.push(e.eta?`${r}/${e.eta.toFixed(1)}s`:`${r}s`),n.textContent=a.join(" | "),t.push(n),this.replaceChildren(...t)}};customElements.define("gradio-status",A);function $e(){let o=document.createElement("div");return o.className="gr-spinner",o.setAttribute("aria-label","Loading"),o}var N=class extends HTMLElement{connectedCallback(){this.setAttribute("role","region"),this.setAttribute("aria-label","Notifications")}show(i){let e=document.createElement("div");e.className=`gr-toast gr-toast-${i.level}`,e.setAttribute("role",i.level==="error"?"alert":"status"),e.setAttribute("aria-live",i.level==="error"?"assertive":"polite");let t=document.createElement("div");t.className="gr-toast-title",t.textContent=i.title;let s=document.createElement("div");s.className="gr-toast-message",s.textContent=i.message;let n=document.createElement("button");n.className="gr-toast-close",n.type="button",n.setAttribute("aria-label","Close"),n.textContent="×",n.onclick=()=>e.remove(),e.append(t,s,n),this.append(e),i.duration!=null&&i.duration>0&&setTimeout(()=>e.remove(),i.duration*1e3)}};customElements.define("gradio-toasts",N);function we(o,i,e){let t=document.createElement("div");t.className="gr-tabs";let s=document.createElement("div");s.className="gr-tablist",s.setAttribute("role","tablist"),t.append(s);let r=(e.children??[]).map(d=>({node:d,entry:o.entries.get(d.id)})).filter(d=>d.entry).map(({node:d,entry:h})=>{let m=document.createElement("button");m.type="button",m.className="gr-tab",m.setAttribute("role","tab"),m.id=`gr-tab-${d.id}`;let v=document.createElement("div");v.className="gr-tabpanel",v.setAttribute("role","tabpanel"),v.id=`gr-tabpanel-${d.id}`,v.setAttribute("aria-labelledby",m.id),m.setAttribute("aria-controls",v.id),v.hidden=!0,s.append(m),t.append(v),h.wrap=v;let k=!1,O=()=>{k||(k=!0,v.append(o.buildChildren(d.children??[],"column")))};return{id:d.id,entry:h,button:m,panel:v,show:O}}),a=-1,p=(d,h)=>{d===a||d<0||(a=d,r.forEach((m,v)=>{m.button.setAttribute("aria-selected",String(v===d)),m.button.tabIndex=v===d?0:-1,m.panel.hidden=v!==d}),r[d].show(),h&&(o.dispatcher.trigger(r[d].id,"select"),o.dispatcher.trigger(i.config.id,"select"),o.dispatcher.trigger(i.config.id,"change")))};r.forEach((d,h)=>{d.button.onclick=()=>p(h,!0),d.button.onkeydown=m=>{let v=m.key==="ArrowRight"?1:m.key==="ArrowLeft"?-1:0;if(!v)return;m.preventDefault();let k=r.map((oe,Le)=>Le).filter(oe=>r[oe].entry.props.visible!==!1),O=k.indexOf(h),ae=k[(O+v+k.length)%k.length];p(ae,!0),r[ae].button.focus()}});let u=()=>{for(let m of r)m.button.textContent=m.entry.props.label??"",m.button.hidden=m.entry.props.visible===!1,m.button.disabled=m.entry.props.interactive===!1;let d=i.props.selected,h=r.findIndex(m=>d!=null&&(m.entry.props.id===d||m.entry.props.label===d));h<0&&a<0&&(h=r.findIndex(m=>m.entry.props.visible!==!1)),h>=0&&p(h,!1)},f={update:u};i.lazy=f;for(let d of r)d.entry.lazy=f;return u(),t}function ke(o,i,e){let t=document.createElement("div");t.className="gr-accordion";let s=document.createElement("button");s.type="button",s.className="gr-accordion-header",s.id=`gr-accordion-${e.id}`;let n=document.createElement("span"),r=document.createElement("span");r.className="gr-accordion-icon",r.setAttribute("aria-hidden","true"),s.append(n,r);let a=document.createElement("div");a.className="gr-accordion-body",a.id=`gr-accordion-body-${e.id}`,a.setAttribute("role","region"),a.setAttribute("aria-labelledby",s.id),s.setAttribute("aria-controls",a.id),t.append(s,a);let p=!1,u=!1,f=(d,h)=>{u=d,s.setAttribute("aria-expanded",String(d)),t.classList.toggle("gr-open",d),a.hidden=!d,d&&!p&&(p=!0,a.append(o.buildChildren(e.children??[],"column"))),h&&o.dispatcher.trigger(e.id,d?"expand":"collapse")};return s.onclick=()=>{i.props={...i.props,open:!u},f(!u,!0)},i.lazy={update(){n.textContent=i.props.label??"",i.props.open!==u&&f(i.props.open!==!1,!1)}},n.textContent=i.props.label??"",f(i.props.open!==!1,!1),t}var De=[["go","Go"],["javascript","JavaScript"],["python","Python"],["bash","curl"],["cli","gradio CLI"]],D=class extends HTMLElement{constructor(){super(...arguments);this.info={};this.language=localStorage.getItem("gradio-api-lang")??"go";this.failure=""}async connectedCallback(){this.className="gr-api-page",this.draw();try{let e=await fetch("./gradio_api/info");if(!e.ok)throw new Error(`HTTP ${e.status}`);this.info=(await e.json()).named_endpoints??{}}catch(e){this.failure=`Could not load the API description: ${e.message}`}this.draw()}draw(){let e=Object.keys(this.info).sort();le(l`<main class="gr-app gr-api">
        <nav class="gr-api-nav"><a href="./">← Back to the app</a></nav>
        <h1 class="gr-api-title">API of ${this.config?.title||"this app"}</h1>
        <p>
          This app is an API. Call its ${e.length===1?"endpoint":`${e.length} endpoints`} from Go, JavaScript,
          Python, curl or the <code>gradio</code> command; the code below runs as it is.
        </p>
        <div class="gr-api-toolbar">
          <div class="gr-tablist" role="tablist" aria-label="Language">
            ${De.map(([t,s])=>l`<button type="button" role="tab" class="gr-tab" aria-selected=${String(this.language===t)}
                @click=${()=>this.setLang(t)}>${s}</button>`)}
          </div>
          <button type="button" class="gr-button gr-secondary gr-sm gr-api-markdown" @click=${t=>this.copyMarkdown(t)}>
            Copy as Markdown
          </button>
        </div>
        ${this.failure?l`<div class="gr-file-error" role="alert">${this.failure}</div>`:c}
        ${e.map(t=>this.endpoint(t,this.info[t]))}
      </main>`,this)}setLang(e){this.language=e,localStorage.setItem("gradio-api-lang",e),this.draw()}endpoint(e,t){let s=t.code_snippets?.[this.language]??"";return l`<section class="gr-api-endpoint" aria-labelledby="ep-${e}">
      <h2 id="ep-${e}"><code>${e}</code></h2>
      ${t.description?l`<p>${t.description}</p>`:c}
      <div class="gr-api-tables">
        <table class="gr-api-table">
          <caption>Parameters</caption>
          <thead><tr><th>Name</th><th>Type</th><th>Component</th><th>Default</th></tr></thead>
          <tbody>
            ${t.parameters.length===0?l`<tr><td colspan="4">none</td></tr>`:c}
            ${t.parameters.map(n=>l`<tr>
                <td><code>${n.parameter_name}</code></td>
                <td><code>${n.python_type.type}</code></td>
                <td>${n.component}</td>
                <td>${n.parameter_has_default?l`<code>${JSON.stringify(n.parameter_default)}</code>`:"required"}</td>
              </tr>`)}
          </tbody>
        </table>
        <table class="gr-api-table">
          <caption>Returns</caption>
          <thead><tr><th>Label</th><th>Type</th><th>Component</th></tr></thead>
          <tbody>
            ${t.returns.map(n=>l`<tr><td>${n.label}</td><td><code>${n.python_type.type}</code></td><td>${n.component}</td></tr>`)}
          </tbody>
        </table>
      </div>
      <div class="gr-api-code">
        <button type="button" class="gr-icon-button gr-api-copy" aria-label="Copy the code" @click=${n=>xe(n,s)}>Copy</button>
        <pre><code>${s}</code></pre>
      </div>
    </section>`}markdown(){let e=[`# API of ${this.config?.title||"this app"}`,"",`Base URL: ${location.origin}${location.pathname.replace(/\/$/,"")}`,""];for(let t of Object.keys(this.info).sort()){let s=this.info[t];e.push(`## ${t}`,""),s.description&&e.push(s.description,""),e.push("Parameters:"),s.parameters.length===0&&e.push("- none");for(let r of s.parameters){let a=r.parameter_has_default?`default ${JSON.stringify(r.parameter_default)}`:"required";e.push(`- \`${r.parameter_name}\` (${r.python_type.type}, ${r.component}): ${a}; example ${JSON.stringify(r.example_input)}`)}e.push("","Returns:");for(let r of s.returns)e.push(`- ${r.label} (${r.python_type.type}, ${r.component})`);let n=s.code_snippets?.[this.language];n&&e.push("","```"+(this.language==="bash"||this.language==="cli"?"sh":this.language),n.trimEnd(),"```"),e.push("")}return e.join(`
`)}copyMarkdown(e){xe(e,this.markdown())}};customElements.define("gradio-api-page",D);async function xe(o,i){let e=o.currentTarget,t=e.textContent;try{await navigator.clipboard.writeText(i),e.textContent="Copied"}catch{e.textContent="Copy failed"}setTimeout(()=>e.textContent=t,1500)}var ne=["system","light","dark"],Ee={system:"◐ System theme",light:"☀ Light theme",dark:"☾ Dark theme"};function _e(){let o=window.gradio_theme;if(!o)return"";let i=document.createElement("button");i.type="button",i.className="gr-mode-toggle";let e=()=>{i.textContent=Ee[o.mode]??Ee.system,i.title="Switch between the system's, the light and the dark theme"};i.addEventListener("click",()=>{o.set(ne[(ne.indexOf(o.mode)+1)%ne.length]),e()}),e();let t=document.createElement("span");t.textContent=" · ";let s=document.createElement("span");return s.append(t,i),s}var Pe=["label","value","placeholder","title","description","info"],Ce="__i18n__";function je(o){let i=[];for(let e of[...navigator.languages??[navigator.language],"en"])for(let t of[e,e.split("-")[0]])o[t]&&!i.includes(o[t])&&i.push(o[t]);return i}function Te(o){if(!o||Object.keys(o).length===0)return null;let i=je(o),e=t=>{if(typeof t!="string"||!t.startsWith(Ce))return t;try{let s=JSON.parse(t.slice(Ce.length)).key;for(let n of i)if(s in n)return n[s];return s}catch{return t}};return t=>{let s=t;for(let n of Pe){let r=e(t[n]);r!==t[n]&&(s===t&&(s={...t}),s[n]=r)}return s}}var re=class extends HTMLElement{constructor(){super(...arguments);this.entries=new Map;this.toasts=new N;this.i18n=e=>e}async connectedCallback(){let e=window.gradio_config??await(await fetch("./config")).json();if(new URLSearchParams(location.search).get("view")==="api"){document.title=`API · ${e.title||"Gradio"}`;let t=new D;t.config=e,this.replaceChildren(t);return}await this.start(e)}async start(e){this.config=e,this.client=new H(e),this.host={upload:(a,p)=>this.client.upload(a,p),fileURL:a=>a.url||this.client.url(`/file=${a.path}`)},document.title=e.title||"Gradio";let t=new Set,s=new Set;for(let a of e.dependencies)a.inputs.forEach(p=>t.add(p)),a.outputs.forEach(p=>s.add(p));this.i18n=Te(e.i18n_translations)??(a=>a);for(let a of e.components){let{value:p,...u}=this.i18n(a.props),f=typeof u.interactive=="boolean"?u.interactive:t.has(a.id)||!s.has(a.id);this.entries.set(a.id,{config:a,kind:a.type,props:u,value:p??null,el:null,wrap:null,status:null,interactive:f})}this.dispatcher=new R(this),await pe(e.components.map(a=>a.type));let n=document.createElement("main");if(n.className="gr-app gradio-container",e.mode==="interface"&&e.title){let a=document.createElement("h1");a.className="gr-title",a.textContent=e.title,n.append(a)}e.description&&n.append(Se(e.description,"gr-description"));let r=this.buildChildren(e.layout.children??[],"column");r.classList.add("gr-root"),n.append(r),e.article&&n.append(Se(e.article,"gr-article")),n.append(He()),this.replaceChildren(n,this.toasts),e.js&&Ie(e.js),e.connect_heartbeat&&this.client.heartbeat(),this.dispatcher.trigger(e.layout.id,"load")}toast(e){this.toasts.show(e)}buildChildren(e,t){let s=document.createElement("div");s.className=t==="row"?"gr-row":"gr-column";for(let n of e){let r=this.build(n);r&&s.append(r)}return s}build(e){let t=this.entries.get(e.id);if(!t)return null;let s;switch(t.kind){case"state":return null;case"row":s=this.buildChildren(e.children??[],"row"),t.props.equal_height&&s.classList.add("gr-equal-height"),t.props.variant&&t.props.variant!=="default"&&s.classList.add(`gr-${t.props.variant}`);break;case"column":case"form":s=this.buildChildren(e.children??[],"column"),t.props.variant&&t.props.variant!=="default"&&s.classList.add(`gr-${t.props.variant}`);break;case"group":s=this.buildChildren(e.children??[],"column"),s.classList.add("gr-group");break;case"tabs":s=we(this,t,e);break;case"accordion":s=ke(this,t,e);break;case"tabitem":return null;default:s=this.buildComponent(t)}return t.wrap=s,s.dataset.id=String(e.id),this.applyLayoutProps(t),s}buildComponent(e){let t=document.createElement("div");t.className=`gr-block gr-block-${e.kind}`;let s=ce(e.kind),n=document.createElement(s??"gradio-fallback");n.host=this.host,n.props=s?e.props:{...e.props,kind:e.kind},n.value=e.value,n.interactive=e.interactive,n.addEventListener("gradio",a=>{let{event:p,data:u}=a.detail;(p==="change"||p==="input")&&(e.value=n.value),this.dispatcher.trigger(e.config.id,p,u)}),e.el=n;let r=new A;return r.hidden=!0,e.status=r,t.append(n,r),e.props.container===!1&&t.classList.add("gr-no-container"),t}applyLayoutProps(e){let t=e.wrap;if(!t)return;t.hidden=e.props.visible===!1,e.props.elem_id&&(t.id=e.props.elem_id);for(let r of e.props.elem_classes??[])t.classList.add(r);let s=e.props.scale??(e.kind==="column"?1:null);s!=null&&(t.style.flexGrow=String(s));let n=e.props.min_width;n!=null&&(t.style.minWidth=`min(${n}px, 100%)`)}setValue(e,t){let s=this.entries.get(e);if(s){if(t&&typeof t=="object"&&t.__type__==="update"){let{__type__:n,value:r,...a}=t;this.updateProps(s,a),"value"in t&&this.setValue(e,r);return}JSON.stringify(s.value)!==JSON.stringify(t)&&(s.value=t,s.el&&(s.el.value=t),this.dispatcher.trigger(e,"change"))}}updateProps(e,t){if(Object.keys(t).length!==0){if(t=this.i18n(t),e.props={...e.props,...t},typeof t.interactive=="boolean"&&(e.interactive=t.interactive),e.el&&"props"in e.el){let s=e.el;s.props=e.props,s.interactive=e.interactive}e.lazy?.update(),this.applyLayoutProps(e)}}value(e){return this.entries.get(e)?.value??null}};customElements.define("gradio-app",re);function Ie(o){try{Promise.resolve(new Function(`return (${o})();`)()).catch(i=>console.error("gradio: the app's js failed",i))}catch(i){console.error("gradio: the app's js failed",i)}}function Se(o,i){let e=document.createElement("div");return e.className=`gr-prose ${i}`,e.innerHTML=me(o),e}function He(){let o=document.createElement("footer");o.className="gr-footer";let i=document.createElement("a");i.href="./?view=api",i.textContent="Use via API";let e=document.createElement("span");e.textContent=" · ";let t=document.createElement("span");return t.textContent="Built with gradio-go",o.append(i,e,t,_e()),o}
