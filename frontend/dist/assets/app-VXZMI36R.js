import{A as Q,B as R,C as K,D as It,E as Me,F as Ci,G as W,H as _t,I as ut,J as nt,K as Xt,L as Jt,M as Zt,N as Ot,a as l,b as V,c as u,d as Ei,e as Ti,f as A,g as gt,h as U,i as rt,j as ot,k as Z,l as ke,m as Yt,n as P,o as G,p as Et,q as O,r as _i,s as Si,t as Nt,u as st,v as Tt,w as j,x as _,y as lt,z as ct}from"./chunk-OHABBBOR.js";import"./chunk-OOJM4CTU.js";var gr=0,b=class extends Ti{constructor(){super(...arguments);this.props={};this.value=null;this.interactive=!1;this.uid=`gr-${++gr}`}static{this.properties={props:{attribute:!1},value:{attribute:!1},interactive:{type:Boolean,reflect:!0}}}createRenderRoot(){return this}emit(t,e){this.dispatchEvent(new CustomEvent("gradio",{detail:{event:t,data:e},bubbles:!1}))}userValue(t){this.value=t,this.emit("input"),this.emit("change")}label(t=this.uid){let e=this.props;if(!e.label&&!e.info)return u;let i=e.show_label===!1;return l`<div class="gr-label-row ${i?"gr-sr-only":""}">
      ${e.label?t?l`<label class="gr-label" for=${t}>${e.label}</label>`:l`<span class="gr-label" id=${this.uid+"-label"}>${e.label}</span>`:u}
      ${e.info?l`<div class="gr-info" id=${this.uid+"-info"}>${e.info}</div>`:u}
    </div>`}},Li=new Map;function v(o,n){let t=`gradio-${o}`;customElements.get(t)||customElements.define(t,n),Li.set(o,t)}function Qt(o){return Li.get(o)}var Ee=class extends b{render(){return l`${this.label(null)}
      <div class="gr-fallback">This page cannot show a “${this.props.kind}” component.</div>`}};v("fallback",Ee);function pt(o){return l`<button type="button" class="gr-icon-button" aria-label="Copy to clipboard" @click=${async t=>{let e=t.currentTarget;try{await navigator.clipboard.writeText(o()),e.textContent="Copied"}catch{e.textContent="Copy failed"}setTimeout(()=>e.textContent="Copy",1500)}}>Copy</button>`}function Ai(o){return o==null||Number.isNaN(o)?"":String(o)}var Te=class extends b{render(){let n=this.props,t=n.lines??1,e={placeholder:n.placeholder??"",dir:n.rtl?"rtl":"auto",readonly:!this.interactive},i=t<=1?this.input(e):l`<textarea
              id=${this.uid}
              class="gr-input gr-textarea"
              rows=${t}
              .value=${A(this.value??"")}
              placeholder=${e.placeholder}
              dir=${e.dir}
              ?readonly=${e.readonly}
              maxlength=${n.max_length??u}
              aria-describedby=${n.info?this.uid+"-info":u}
              @input=${this.onInput}
              @keydown=${this.onKeydown}
              @focus=${()=>this.emit("focus")}
              @blur=${()=>this.emit("blur")}
              @select=${()=>this.emit("select")}
            ></textarea>`;return l`${this.label()}
      <div class="gr-input-row">
        ${i}
        ${(n.buttons??[]).includes("copy")?pt(()=>this.value??""):u}
        ${n.submit_btn&&this.interactive?l`<button type="button" class="gr-button gr-primary gr-sm" @click=${()=>this.emit("submit")}>
              ${typeof n.submit_btn=="string"?n.submit_btn:"Submit"}
            </button>`:u}
      </div>`}input(n){let t=this.props;return l`<input
      id=${this.uid}
      class="gr-input"
      type=${t.type==="password"||t.type==="email"?t.type:"text"}
      .value=${A(this.value??"")}
      placeholder=${n.placeholder}
      dir=${n.dir}
      ?readonly=${n.readonly}
      ?autofocus=${t.autofocus}
      maxlength=${t.max_length??u}
      aria-describedby=${t.info?this.uid+"-info":u}
      @input=${this.onInput}
      @keydown=${this.onKeydown}
      @focus=${()=>this.emit("focus")}
      @blur=${()=>this.emit("blur")}
      @select=${()=>this.emit("select")}
    />`}onInput(n){this.userValue(n.target.value),n.target instanceof HTMLTextAreaElement&&Di(n.target,this.props.max_lines??20)}onKeydown(n){if(n.key!=="Enter"||n.isComposing)return;let t=n.target instanceof HTMLInputElement;(t&&!n.shiftKey||!t&&(n.ctrlKey||n.metaKey))&&(n.preventDefault(),this.interactive&&this.emit("submit"))}updated(){let n=this.querySelector("textarea");n&&Di(n,this.props.max_lines??20)}};function Di(o,n){let t=parseFloat(getComputedStyle(o).lineHeight)||20;o.style.height="auto";let e=t*n+16;o.style.height=`${Math.min(o.scrollHeight+2,e)}px`,o.style.overflowY=o.scrollHeight>e?"auto":"hidden"}v("textbox",Te);var _e=class extends b{render(){let n=this.props,t=()=>{n.link&&window.open(n.link,n.link_target??"_self"),this.emit("click")};return l`<button
      type="button"
      class="gr-button gr-${n.variant??"secondary"} gr-${n.size??"lg"}"
      ?disabled=${!this.interactive}
      @click=${t}
    >
      ${n.icon?l`<img class="gr-button-icon" src=${n.icon} alt="" />`:u}${this.value??n.value??"Run"}
    </button>`}};v("button",_e);var Se=class extends b{render(){let n=this.props;return l`${this.label()}
      <input
        id=${this.uid}
        class="gr-input gr-number"
        type="number"
        inputmode="decimal"
        min=${n.minimum??u}
        max=${n.maximum??u}
        step=${n.step??"any"}
        placeholder=${n.placeholder??""}
        ?readonly=${!this.interactive}
        aria-describedby=${n.info?this.uid+"-info":u}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @focus=${()=>this.emit("focus")}
        @blur=${()=>this.emit("blur")}
      />`}updated(n){if(!n.has("value"))return;let t=this.querySelector("input");if(!t)return;let e=typeof this.value=="number"?this.value:ot(String(this.value??""));ot(t.value)!==e&&(t.value=Ai(e))}onInput(n){let t=n.target;if(t.validity.badInput)return;let e=ot(t.value);e!==this.value&&this.userValue(e)}onKeydown(n){n.key!=="Enter"||n.isComposing||(n.preventDefault(),this.interactive&&this.emit("submit"))}};v("number",Se);var fr=new Set(["ArrowLeft","ArrowRight","ArrowUp","ArrowDown","Home","End","PageUp","PageDown"]),Ce=class extends b{constructor(){super(...arguments);this.initial=null;this.committed=""}get bounds(){let t=Z(this.props.minimum,0),e=Z(this.props.maximum,100),i=Z(this.props.step,1);return{min:t,max:e>t?e:t+100,step:i>0?i:1}}get current(){let{min:t,max:e}=this.bounds,i=Z(this.value,t);return Math.min(e,Math.max(t,i))}willUpdate(t){t.has("value")&&this.initial==null&&this.value!=null&&(this.initial=Z(this.value,0))}render(){let t=this.props,{min:e,max:i,step:r}=this.bounds,s=this.current,a=i>e?(s-e)/(i-e)*100:0,c=(t.buttons??[]).includes("reset"),p=t.info?this.uid+"-info":u;return l`<div class="gr-slider-head">
        ${this.label(this.uid+"-number")}
        <div class="gr-slider-controls">
          <input
            id=${this.uid+"-number"}
            class="gr-input gr-slider-number"
            type="number"
            inputmode="decimal"
            min=${e}
            max=${i}
            step=${r}
            ?readonly=${!this.interactive}
            aria-describedby=${p}
            @input=${this.onNumberInput}
            @change=${this.onNumberCommit}
            @keydown=${h=>h.key==="Enter"&&this.onNumberCommit(h)}
          />
          ${c?l`<button
                type="button"
                class="gr-icon-button gr-slider-reset"
                aria-label="Reset to ${this.initial??e}"
                title="Reset"
                ?disabled=${!this.interactive}
                @click=${this.onReset}
              >
                ↺
              </button>`:u}
        </div>
      </div>
      <input
        class="gr-slider-range"
        type="range"
        min=${e}
        max=${i}
        step=${r}
        .value=${A(String(s))}
        style="--gr-fill: ${a}%"
        ?disabled=${!this.interactive}
        aria-label=${t.label||"Value"}
        aria-describedby=${p}
        @input=${this.onRangeInput}
        @pointerup=${()=>this.interactive&&this.emit("release",this.current)}
        @keyup=${h=>this.interactive&&fr.has(h.key)&&this.emit("release",this.current)}
      />
      <div class="gr-slider-bounds" aria-hidden="true"><span>${e}</span><span>${i}</span></div>`}updated(){let t=this.querySelector(".gr-slider-number");!t||document.activeElement===t||(t.value===""||ot(t.value)!==this.current)&&(t.value=String(this.current))}set(t){let{min:e,max:i,step:r}=this.bounds,s=Math.min(i,Math.max(e,e+Math.round((t-e)/r)*r)),a=Number(s.toFixed(Math.min(20,Math.max(ke(r),ke(e)))));a!==this.value&&this.userValue(a)}onRangeInput(t){this.set(Number(t.target.value));let e=this.querySelector(".gr-slider-number");e&&(e.value=String(this.current))}onNumberInput(t){let e=t.target;this.committed="";let i=ot(e.value),{min:r,max:s}=this.bounds;i!=null&&i>=r&&i<=s&&i!==this.value&&this.userValue(i)}onNumberCommit(t){let e=t.target;if(!this.interactive||e.value===this.committed)return;let i=ot(e.value);if(i==null){e.value=String(this.current);return}let{min:r,max:s}=this.bounds,a=Math.min(s,Math.max(r,i));a!==this.value&&this.userValue(a),e.value=String(a),this.committed=e.value,this.emit("release",a)}onReset(){let t=this.initial??this.bounds.min;t!==this.value&&this.userValue(t)}};v("slider",Ce);var Le=class extends b{render(){let n=this.props,t=n.show_label===!1;return l`${n.info?l`<div class="gr-info gr-checkbox-info" id=${this.uid+"-info"}>${n.info}</div>`:u}
      <label class="gr-check ${this.interactive?"":"gr-disabled"}">
        <input
          id=${this.uid}
          type="checkbox"
          .checked=${A(this.value===!0)}
          ?disabled=${!this.interactive}
          aria-label=${t&&n.label?n.label:u}
          aria-describedby=${n.info?this.uid+"-info":u}
          @change=${this.onChange}
        />
        ${n.label&&!t?l`<span>${n.label}</span>`:u}
      </label>`}onChange(n){let t=n.target.checked;this.userValue(t),this.emit("select",{index:null,value:this.props.label??null,selected:t})}};v("checkbox",Le);var Ae=class extends b{render(){let n=this.props,t=gt(n.choices),e=rt(this.value),i=c=>e.some(p=>U(p,c)),r=t.filter(([,c])=>i(c)).length,s=t.length>0&&r===t.length,a=r>0&&!s;return l`${this.label(null)}
      <div
        class="gr-choices"
        role="group"
        aria-labelledby=${n.label?this.uid+"-label":u}
        aria-describedby=${n.info?this.uid+"-info":u}
      >
        ${n.show_select_all&&t.length>1?l`<label class="gr-check gr-choice gr-select-all ${this.interactive?"":"gr-disabled"}">
              <input
                type="checkbox"
                .checked=${A(s)}
                .indeterminate=${a}
                ?disabled=${!this.interactive}
                @change=${c=>this.setAll(c.target.checked)}
              />
              <span>Select all</span>
            </label>`:u}
        ${t.map(([c,p],h)=>l`<label class="gr-check gr-choice ${this.interactive?"":"gr-disabled"}">
            <input
              type="checkbox"
              name=${this.uid}
              value=${String(p)}
              .checked=${A(i(p))}
              ?disabled=${!this.interactive}
              @change=${d=>this.toggle(h,p,d.target.checked)}
            />
            <span>${c}</span>
          </label>`)}
      </div>`}toggle(n,t,e){let i=rt(this.value).filter(r=>!U(r,t));this.userValue(e?[...i,t]:i),this.emit("select",{index:n,value:t,selected:e})}setAll(n){let t=rt(this.value),e=gt(this.props.choices).map(([,i])=>i).filter(i=>!t.some(r=>U(r,i)));this.userValue(n?[...t,...e]:[])}};v("checkboxgroup",Ae);var De=class extends b{render(){let n=this.props,t=gt(n.choices);return l`${this.label(null)}
      <div
        class="gr-choices"
        role="radiogroup"
        dir=${n.rtl?"rtl":u}
        aria-labelledby=${n.label?this.uid+"-label":u}
        aria-describedby=${n.info?this.uid+"-info":u}
      >
        ${t.map(([e,i],r)=>l`<label class="gr-check gr-choice ${this.interactive?"":"gr-disabled"}">
            <input
              type="radio"
              name=${this.uid}
              value=${String(i)}
              .checked=${A(U(this.value,i))}
              ?disabled=${!this.interactive}
              @change=${()=>this.choose(r,i)}
            />
            <span>${e}</span>
          </label>`)}
      </div>`}choose(n,t){this.userValue(t),this.emit("select",{index:n,value:t,selected:!0})}};v("radio",De);var Fe=class extends b{constructor(){super(...arguments);this.open=!1;this.query=null;this.active=-1;this.scrollActive=!1}static{this.properties={...b.properties,open:{state:!0},query:{state:!0},active:{state:!0}}}get multi(){return this.props.multiselect===!0}get options(){return gt(this.props.choices).map(([t,e],i)=>({label:t,value:e,index:i}))}get filtered(){let t=this.query?.trim().toLowerCase();return!t||this.props.filterable===!1?this.options:this.options.filter(e=>e.label.toLowerCase().includes(t))}get selected(){return this.multi?rt(this.value):this.value==null?[]:[this.value]}isSelected(t){return this.selected.some(e=>U(e,t))}labelOf(t){return this.options.find(e=>U(e.value,t))?.label??String(t)}get full(){let t=this.props.max_choices;return this.multi&&typeof t=="number"&&t>0&&this.selected.length>=t}render(){let t=this.props,e=`${this.uid}-list`,i=this.open&&this.interactive?this.filtered:[],r=this.open&&this.active>=0&&this.active<i.length?`${this.uid}-opt-${this.active}`:null,s=this.query??(this.multi||this.value==null?"":this.labelOf(this.value)),a=this.interactive&&(t.filterable!==!1||t.allow_custom_value===!0);return l`${this.label()}
      <div class="gr-dropdown ${this.open?"gr-dropdown-open":""}">
        <div class="gr-input gr-dropdown-field ${this.interactive?"":"gr-readonly"}" @mousedown=${this.onFieldMousedown} @click=${this.onFieldClick}>
          ${this.multi?this.selected.map(c=>l`<span class="gr-chip"
                  >${this.labelOf(c)}${this.interactive?l`<button
                        type="button"
                        class="gr-chip-remove"
                        aria-label="Remove ${this.labelOf(c)}"
                        @click=${p=>{p.stopPropagation();let h=document.activeElement===p.currentTarget;this.unselect(c),h&&this.input?.focus()}}
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
            .value=${A(s)}
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
          aria-label=${t.label||"Choices"}
          aria-multiselectable=${this.multi?"true":u}
          ?hidden=${!this.open||i.length===0}
          @mousedown=${c=>c.preventDefault()}
        >
          ${i.map((c,p)=>{let h=this.isSelected(c.value),d=!h&&this.full;return l`<li
              id=${`${this.uid}-opt-${p}`}
              class="gr-option ${p===this.active?"gr-active":""}"
              role="option"
              aria-selected=${h?"true":"false"}
              aria-disabled=${d?"true":u}
              @click=${()=>this.choose(c)}
              @mousemove=${()=>{this.active!==p&&(this.active=p)}}
            >
              <span class="gr-option-check" aria-hidden="true">${h?"✓":""}</span>${c.label}
            </li>`})}
        </ul>
        ${this.open&&this.interactive&&i.length===0?l`<div class="gr-listbox gr-listbox-empty" role="status">
              ${this.full?`At most ${t.max_choices} choices`:t.allow_custom_value&&this.query?.trim()?`Press Enter to use “${this.query.trim()}”`:"No matching choices"}
            </div>`:u}
      </div>`}updated(t){t.has("active")&&this.scrollActive&&this.active>=0&&(this.scrollActive=!1,this.querySelector(`#${this.uid}-opt-${this.active}`)?.scrollIntoView({block:"nearest"}))}get input(){return this.querySelector(".gr-dropdown-input")}show(){if(!this.interactive||this.open)return;this.open=!0;let t=this.filtered,e=this.multi?-1:t.findIndex(i=>this.isSelected(i.value));this.active=e>=0?e:t.length>0?0:-1,this.scrollActive=!0}hide(){this.open=!1,this.active=-1}move(t){let e=this.filtered.length;e!==0&&(this.active=Math.max(0,Math.min(e-1,t)),this.scrollActive=!0)}onFieldMousedown(t){let e=this.input;!this.interactive||!e||t.target===e||(t.preventDefault(),document.activeElement!==e&&e.focus())}onFieldClick(t){this.interactive&&(t.target!==this.input&&this.open?this.hide():this.show())}onFocus(){!this.multi&&this.interactive&&this.input?.select(),this.emit("focus")}onBlur(){let t=this.query?.trim();this.props.allow_custom_value&&t&&this.custom(t),this.query=null,this.hide(),this.emit("blur")}onInput(t){this.query=t.target.value,this.open=!0,this.active=this.filtered.length>0?0:-1,this.scrollActive=!0}onKeydown(t){if(!this.interactive||t.isComposing)return;let e=this.filtered;switch(t.key){case"ArrowDown":t.preventDefault(),!this.open||t.altKey?this.show():this.move(this.active+1);break;case"ArrowUp":t.preventDefault(),this.open?t.altKey?this.hide():this.move(this.active-1):this.show();break;case"Home":case"End":if(!this.open||this.query)return;t.preventDefault(),this.move(t.key==="Home"?0:e.length-1);break;case"PageDown":case"PageUp":if(!this.open)return;t.preventDefault(),this.move(this.active+(t.key==="PageDown"?10:-10));break;case"Enter":{let i=this.query?.trim();this.open&&this.active>=0&&this.active<e.length?(t.preventDefault(),this.choose(e[this.active])):this.props.allow_custom_value&&i?(t.preventDefault(),this.custom(i),this.query=null,this.multi||this.hide()):this.open||(t.preventDefault(),this.show());break}case"Escape":(this.open||this.query!=null)&&(t.preventDefault(),this.query=null,this.hide());break;case"Backspace":this.multi&&!this.input?.value&&this.selected.length>0&&(t.preventDefault(),this.unselect(this.selected[this.selected.length-1]));break;case"Tab":this.hide();break}}choose(t){if(this.multi){let e=this.isSelected(t.value);if(!e&&this.full)return;let i=this.selected.filter(r=>!U(r,t.value));this.userValue(e?i:[...i,t.value]),this.emit("select",{index:t.index,value:t.value,selected:!e}),this.query&&(this.query=null,this.active=this.filtered.findIndex(r=>r.index===t.index));return}this.query=null,this.hide(),U(this.value,t.value)||this.userValue(t.value),this.emit("select",{index:t.index,value:t.value,selected:!0}),this.updateComplete.then(()=>{let e=this.input;e&&document.activeElement===e&&e.select()})}custom(t){let e=this.options.find(i=>i.label===t);if(e){(!this.isSelected(e.value)||!this.multi)&&this.choose(e);return}if(this.multi){if(this.isSelected(t)||this.full)return;this.userValue([...this.selected,t])}else{if(U(this.value,t))return;this.userValue(t)}this.emit("select",{index:null,value:t,selected:!0})}unselect(t){this.userValue(this.selected.filter(i=>!U(i,t)));let e=this.options.find(i=>U(i.value,t));this.emit("select",{index:e?.index??null,value:t,selected:!1})}};v("dropdown",Fe);var He=class extends b{constructor(){super(...arguments);this.cache={key:"",html:""}}render(){let t=this.props,e=typeof this.value=="string"?this.value:this.value==null?"":String(this.value),i=[t.height!=null?`height:${q(t.height)};overflow:auto`:"",t.max_height!=null?`max-height:${q(t.max_height)};overflow:auto`:"",t.min_height!=null?`min-height:${q(t.min_height)}`:""].filter(Boolean).join(";"),r=(t.buttons??[]).includes("copy");return l`${t.show_label===!0?this.label(null):u}
      <div class="gr-markdown ${r?"gr-has-copy":""}">
        ${r&&e?l`<div class="gr-markdown-buttons">${pt(()=>this.value??"")}</div>`:u}
        <div
          class="gr-prose"
          dir=${t.rtl?"rtl":u}
          style=${i||u}
          aria-labelledby=${t.show_label===!0&&t.label?this.uid+"-label":u}
        >
          ${O(this.rendered(e))}
        </div>
      </div>`}rendered(t){let e=this.props,i=e.sanitize_html!==!1,r=e.line_breaks===!0,s=e.header_links===!0,a=`${i}|${r}|${s}|${t}`;if(this.cache.key!==a){let c=st(t,{sanitize:i,lineBreaks:r});s&&(c=br(c,p=>{let h=document.getElementById(p);return h!=null&&!this.contains(h)})),this.cache={key:a,html:c}}return this.cache.html}};function br(o,n){let t=document.createElement("template");t.innerHTML=o;let e=new Set;for(let i of t.content.querySelectorAll("h1, h2, h3, h4, h5, h6")){let r=(i.textContent??"").toLowerCase().trim().replace(/[^\p{L}\p{N}\s-]/gu,"").replace(/\s+/g,"-")||"section",s=r;for(let c=1;e.has(s)||n(s);c++)s=`${r}-${c}`;e.add(s),i.id=s;let a=document.createElement("a");a.className="gr-header-link",a.href=`#${s}`,a.setAttribute("aria-label",`Link to “${i.textContent??""}”`),a.textContent="#",i.append(" ",a)}return t.innerHTML}function q(o){return typeof o=="number"?`${o}px`:String(o)}v("markdown",He);var Pe=class extends b{constructor(){super(...arguments);this.cache={key:"",html:""}}render(){let t=this.props,e=typeof this.value=="string"?this.value:this.value==null?"":String(this.value),i=[t.min_height!=null?`min-height:${q(t.min_height)}`:"",t.max_height!=null?`max-height:${q(t.max_height)};overflow:auto`:""].filter(Boolean).join(";");return l`${t.show_label===!0?this.label(null):u}
      <div
        class="gr-html ${t.padding?"gr-html-padded":""}"
        style=${i||u}
        aria-labelledby=${t.show_label===!0&&t.label?this.uid+"-label":u}
        @click=${()=>this.emit("click")}
      >
        ${O(this.rendered(e))}
      </div>`}rendered(t){let e=this.props.sanitize_html!==!1,i=`${e}|${t}`;return this.cache.key!==i&&(this.cache={key:i,html:e?Tt(t):t}),this.cache.html}};v("html",Pe);var Re=class extends b{render(){let n=this.props,t=this.value,e=t==null,i=(n.buttons??[]).includes("copy"),r=n.height!=null?`height:${q(n.height)}`:n.max_height!=null?`max-height:${q(n.max_height)}`:"";return l`${this.label(null)}
      ${e?u:l`<div class="gr-json" role="group" aria-labelledby=${n.label?this.uid+"-label":u}>
            ${i?l`<div class="gr-json-buttons">${pt(()=>JSON.stringify(this.value,null,2))}</div>`:u}
            <div class="gr-json-tree" style=${r||u}>${this.node(null,t,0,!0)}</div>
          </div>`}`}node(n,t,e,i){let r=i?u:l`<span class="gr-json-punct">,</span>`,s=n==null?u:typeof n=="number"?l`<span class="gr-json-index">${n}</span><span class="gr-json-punct">: </span>`:l`<span class="gr-json-key">${JSON.stringify(n)}</span><span class="gr-json-punct">: </span>`;if(t===null||typeof t!="object")return l`<div class="gr-json-line">${s}${vr(t)}${r}</div>`;let a=Array.isArray(t),c=a?t.map((g,f)=>[this.props.show_indices?f:null,g]):Object.entries(t),[p,h]=a?["[","]"]:["{","}"];if(c.length===0)return l`<div class="gr-json-line">${s}<span class="gr-json-punct">${p}${h}</span>${r}</div>`;let d=c.length,m=a?`${d} item${d===1?"":"s"}`:`${d} key${d===1?"":"s"}`;return l`<details class="gr-json-node" ?open=${this.props.open===!0||e===0}>
      <summary>
        ${s}<span class="gr-json-punct">${p}</span
        ><span class="gr-json-collapsed"
          ><span class="gr-json-preview">${m}</span><span class="gr-json-punct">${h}</span>${r}</span
        >
      </summary>
      <div class="gr-json-children">${c.map(([g,f],$)=>this.node(g,f,e+1,$===d-1))}</div>
      <div class="gr-json-line gr-json-close"><span class="gr-json-punct">${h}</span>${r}</div>
    </details>`}};function vr(o){if(o===null)return l`<span class="gr-json-null">null</span>`;switch(typeof o){case"string":return l`<span class="gr-json-string">${JSON.stringify(o)}</span>`;case"number":return l`<span class="gr-json-number">${String(o)}</span>`;case"boolean":return l`<span class="gr-json-boolean">${String(o)}</span>`}return l`<span class="gr-json-null">${String(o)}</span>`}v("json",Re);var Ne=class extends b{render(){let n=this.props,t=this.value;if(t==null)return l`${this.label(null)}`;let e=typeof t=="object"?t.label:t,i=typeof t=="object"&&Array.isArray(t.confidences)?t.confidences:[],r=e!=null&&e!==""&&(n.show_heading!==!1||i.length===0);return l`${this.label(null)}
      <div class="gr-classification" role="group" aria-labelledby=${n.label?this.uid+"-label":u}>
        ${r?l`<div class="gr-classification-top">${String(e)}</div>`:u}
        ${i.length>0?l`<ul class="gr-confidences">
              ${i.map((s,a)=>{let c=Math.max(0,Math.min(1,Number(s.confidence)||0))*100,p=`${Math.round(Number(s.confidence)*100)}%`;return l`<li>
                  <button
                    type="button"
                    class="gr-confidence ${s.label===e?"gr-confidence-top":""}"
                    aria-label="${s.label}: ${p}"
                    @click=${()=>this.emit("select",{index:a,value:s.label})}
                  >
                    <span class="gr-confidence-text"><span class="gr-confidence-name">${s.label}</span><span class="gr-confidence-pct">${p}</span></span>
                    <span class="gr-confidence-track" aria-hidden="true"><span class="gr-confidence-bar" style="width:${c}%"></span></span>
                  </button>
                </li>`})}
            </ul>`:u}
      </div>`}};v("label",Ne);var Ie=class extends b{constructor(){super(...arguments);this.handle=null;this.running=null}render(){return u}get interval(){if(this.props.active===!1)return null;let t=this.value==null?1:Number(this.value);return Number.isFinite(t)&&t>0?t*1e3:null}updated(){this.isConnected&&this.interval!==this.running&&this.restart()}connectedCallback(){super.connectedCallback(),this.hasUpdated&&this.restart()}disconnectedCallback(){super.disconnectedCallback(),this.stop()}restart(){this.stop();let t=this.interval;t!=null&&(this.running=t,this.handle=setInterval(()=>this.emit("tick"),t))}stop(){this.handle!=null&&clearInterval(this.handle),this.handle=null,this.running=null}};v("timer",Ie);var Oe=class extends b{constructor(){super(...arguments);this.uploading=!1;this.dragging=!1;this.error=""}static{this.properties={...b.properties,uploading:{state:!0},dragging:{state:!0},error:{state:!0}}}get multiple(){return this.props.file_count==="multiple"||this.props.file_count==="directory"}render(){let t=this.props,e=rt(this.value).filter(s=>s!=null&&typeof s=="object"),i=t.height!=null?`height:${q(t.height)}`:"",r=this.interactive&&(e.length===0||this.uploading);return l`${this.label(r?this.uid:null)}
      <div class="gr-file" style=${i||u} role=${r?u:"group"} aria-labelledby=${!r&&t.label?this.uid+"-label":u}>
        ${r?this.zone():e.length>0?this.list(e):l`<div class="gr-file-empty">No file</div>`}
        ${this.error?l`<div class="gr-file-error" role="alert">${this.error}</div>`:u}
      </div>`}zone(){let t=this.props,e=G(t.file_types);return l`<div
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
      ${this.uploading?l`<div class="gr-file-status" role="status"><span class="gr-spinner" aria-hidden="true"></span>Uploading…</div>`:l`<label class="gr-file-prompt" for=${this.uid}>
            <span class="gr-file-icon" aria-hidden="true">⇪</span>
            <span>Drop ${this.multiple?"files":"a file"} here</span>
            <span class="gr-file-or">— or —</span>
            <span class="gr-file-click">Click to upload</span>
            ${e?l`<span class="gr-file-types">Accepted: ${e.replaceAll(",",", ")}</span>`:u}
          </label>`}
    </div>`}list(t){return l`<div class="gr-file-head">
        <span class="gr-file-count">${t.length===1?"1 file":`${t.length} files`}</span>
        ${this.interactive?l`<button type="button" class="gr-icon-button gr-file-clear" aria-label="Clear" title="Clear" @click=${this.onClear}>×</button>`:u}
      </div>
      <ul class="gr-file-list">
        ${t.map(e=>{let i=P(e),r=Yt(e.size);return l`<li class="gr-file-item">
            <a class="gr-file-name" href=${this.host?.fileURL(e)??e.url??"#"} download=${i} target="_blank" rel="noopener">${i}</a>
            ${r?l`<span class="gr-file-size">${r}</span>`:u}
            ${this.interactive&&t.length>1?l`<button type="button" class="gr-icon-button gr-file-remove" aria-label="Remove ${i}" @click=${()=>this.removeFile(e)}>×</button>`:u}
          </li>`})}
      </ul>`}onDragOver(t){!t.dataTransfer||!Array.from(t.dataTransfer.types).includes("Files")||(t.preventDefault(),t.dataTransfer.dropEffect="copy",this.dragging=!0)}onDragLeave(t){let e=t.relatedTarget;(!e||!t.currentTarget.contains(e))&&(this.dragging=!1)}onDrop(t){t.preventDefault(),this.dragging=!1,this.take(Array.from(t.dataTransfer?.files??[]))}onPick(t){let e=t.target,i=Array.from(e.files??[]);e.value="",this.take(i)}async take(t){if(t.length===0||this.uploading)return;let e=this.props.file_types,i=t.filter(a=>Et(e,a));if(i.length<t.length){if(this.error=`${t.length-i.length===1?"A file is":"Some files are"} not of an accepted type (${G(e)}).`,i.length===0)return}else this.error="";let r=this.multiple?i:i.slice(0,1),s=this.contains(document.activeElement);this.uploading=!0;try{let a=await this.host.upload(r);if(a.length===0)throw new Error("the server returned no file");this.userValue(this.multiple?a:a[0]),this.emit("upload"),s&&this.updateComplete.then(()=>this.querySelector(".gr-file-clear, .gr-file-name")?.focus())}catch(a){this.error=`Upload failed: ${a?.message??a}`}finally{this.uploading=!1}}onClear(){this.error="",this.userValue(null),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-file-input")?.focus())}removeFile(t){let e=rt(this.value).filter(i=>i!==t);this.userValue(e.length>0?e:null),this.updateComplete.then(()=>this.querySelector(".gr-file-clear, .gr-file-input")?.focus())}};v("file",Oe);function Y(o){let n=Number.isFinite(o)&&o>0?Math.floor(o):0;return`${Math.floor(n/60)}:${String(n%60).padStart(2,"0")}`}function X(o){return o!=null&&typeof o=="object"&&typeof o.path=="string"}function te(o,n){return typeof o=="string"&&o?o:X(o)?n?n.fileURL(o):o.url??null:null}var Fi=l`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M7 4v16l13-8z" fill="currentColor"></path></svg>`,Hi=l`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M6 4h4v16H6zm8 0h4v16h-4z" fill="currentColor"></path></svg>`,ht=class extends b{constructor(){super(...arguments);this.source="";this.dragging=!1;this.progress=null;this.error="";this.status="";this.media="audio";this.fromUser=!1}static{this.properties={...b.properties,source:{state:!0},dragging:{state:!0},progress:{state:!0},error:{state:!0},status:{state:!0}}}userValue(t){this.fromUser=!0,super.userValue(t)}takeAutoplay(){let t=!!this.props.autoplay&&!this.fromUser;return this.fromUser=!1,t}sourceList(t){let e=this.props.sources,i=(Array.isArray(e)?e:typeof e=="string"?[e]:t).filter(r=>typeof r=="string");return i.length>0?i:t}currentSource(t){let e=this.sourceList(t);return e.includes(this.source)?this.source:e[0]}sourceBar(t,e){let i=this.sourceList(t);if(i.length<2)return u;let r=this.currentSource(t);return l`<div class="gr-media-sources" role="group" aria-label="Source">
      ${i.map(s=>l`<button type="button" class="gr-icon-button" aria-pressed=${s===r?"true":"false"} ?disabled=${this.progress!=null} @click=${()=>this.pickSource(s)}>
          ${e[s]??s}
        </button>`)}
    </div>`}pickSource(t){t!==this.source&&(this.stopCapture(),this.source=t,this.error="")}stopCapture(){}disconnectedCallback(){super.disconnectedCallback(),this.stopCapture()}progressBar(){if(this.progress==null)return u;let t=Math.round(this.progress*100);return l`<div class="gr-media-progress">
      <div class="gr-progress" role="progressbar" aria-label="Uploading" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${t}>
        <div class="gr-progress-fill" style="width:${t}%"></div>
      </div>
      <span>Uploading… ${t}%</span>
    </div>`}dropZone(){let t=this.progress!=null;return l`<div
      class="gr-file-drop ${this.dragging?"gr-dragging":""}"
      @dragenter=${this.onDragOver}
      @dragover=${this.onDragOver}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
      aria-busy=${t?"true":"false"}
    >
      <input id=${this.uid} class="gr-file-input" type="file" accept="${this.media}/*" ?disabled=${t} @change=${this.onPick} />
      ${t?l`<div class="gr-file-status">${this.progressBar()}</div>`:l`<label class="gr-file-prompt" for=${this.uid}>
            <span class="gr-file-icon" aria-hidden="true">⇪</span>
            <span>Drop ${this.media} here</span>
            <span class="gr-file-or">— or —</span>
            <span class="gr-file-click">Click to upload</span>
          </label>`}
    </div>`}onDragOver(t){!t.dataTransfer||!Array.from(t.dataTransfer.types).includes("Files")||(t.preventDefault(),t.dataTransfer.dropEffect="copy",this.dragging=!0)}onDragLeave(t){let e=t.relatedTarget;(!e||!t.currentTarget.contains(e))&&(this.dragging=!1)}onDrop(t){t.preventDefault(),this.dragging=!1,this.takeFile(t.dataTransfer?.files?.[0])}onPick(t){let e=t.target,i=e.files?.[0];e.value="",this.takeFile(i)}async takeFile(t){if(!t||this.progress!=null)return;if(!(!t.type||t.type.startsWith(this.media+"/")||this.media==="audio"&&t.type.startsWith("video/"))){this.error=`${t.name} is not ${this.media==="audio"?"an audio":"a video"} file.`;return}let i=this.contains(document.activeElement);this.progress=0;let r=[t];try{r=await this.prepare(t)}catch{}await this.commit(...r)&&(this.emit("upload"),i&&this.updateComplete.then(()=>this.querySelector("[data-focus]")?.focus()))}async prepare(t){return[t]}async commit(t,e){this.error="",this.progress=0;try{let[i]=await this.host.upload([t],r=>this.progress=r);if(!i)throw new Error("the server returned no file");return e?.(i),this.userValue(i),!0}catch(i){return this.error=`Upload failed: ${i?.message??i}`,!1}finally{this.progress=null}}clear(){this.error="",this.status="",this.userValue(null),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-file-input, .gr-media-sources button, button")?.focus())}tools(t){let e=this.props.buttons,i=(Array.isArray(e)?e:["download"]).includes("download"),r=P(t);return l`${i?l`<a class="gr-icon-button gr-media-download" href=${this.host?.fileURL(t)??t.url??"#"} download=${r} aria-label="Download ${r}" title="Download">⤓</a>`:u}${this.interactive?l`<button type="button" class="gr-icon-button gr-media-clear" aria-label="Clear" title="Clear" @click=${this.clear}>×</button>`:u}`}messages(){return l`${this.error?l`<div class="gr-file-error" role="alert">${this.error}</div>`:u}
      <div class="gr-sr-only" role="status">${this.status}</div>`}};async function ie(o,n){if(!navigator.mediaDevices?.getUserMedia)throw new Error(`The ${n} can only be used on a secure (HTTPS or localhost) page.`);try{return await navigator.mediaDevices.getUserMedia(o)}catch(t){let e=t?.name;throw e==="NotAllowedError"||e==="SecurityError"?new Error(`Access to the ${n} was denied.`):e==="NotFoundError"||e==="OverconstrainedError"?new Error(`No ${n} was found.`):e==="NotReadableError"?new Error(`The ${n} is in use by another program.`):new Error(`The ${n} could not be opened: ${t?.message??t}`)}}function re(o){o?.getTracks().forEach(n=>n.stop())}var St=class{constructor(n,t){this.chunks=[];let e=t.find(i=>MediaRecorder.isTypeSupported(i));this.recorder=new MediaRecorder(n,e?{mimeType:e}:void 0),this.mimeType=this.recorder.mimeType||e||"",this.result=new Promise((i,r)=>{this.recorder.ondataavailable=s=>{s.data.size>0&&this.chunks.push(s.data)},this.recorder.onstop=()=>i(new Blob(this.chunks,{type:this.mimeType})),this.recorder.onerror=s=>r(s.error??new Error("recording failed"))}),this.recorder.start(250)}stop(){return this.recorder.state!=="inactive"&&this.recorder.stop(),this.result}},ee=class{constructor(n,t,e){this.canvas=t;this.color=e;this.raf=0;this.levels=[];this.ctx=new AudioContext;let i=this.ctx.createAnalyser();i.fftSize=1024,this.ctx.createMediaStreamSource(n).connect(i);let r=new Float32Array(i.fftSize),s=()=>{i.getFloatTimeDomainData(r);let a=0;for(let c=0;c<r.length;c++)a+=r[c]*r[c];this.levels.push(Math.min(1,Math.sqrt(Math.sqrt(a/r.length))*1.4)),this.draw(),this.raf=requestAnimationFrame(s)};s()}draw(){let n=this.canvas,t=devicePixelRatio||1,e=Math.round(n.clientWidth*t),i=Math.round(n.clientHeight*t);if(!e||!i)return;(n.width!==e||n.height!==i)&&(n.width=e,n.height=i);let r=n.getContext("2d");if(!r)return;let s=Math.max(1,Math.round(2*t)),a=s+Math.max(1,Math.round(t)),c=Math.max(1,Math.floor(e/a));this.levels.length>c&&this.levels.splice(0,this.levels.length-c),r.clearRect(0,0,e,i),r.fillStyle=this.color;let p=c-this.levels.length;this.levels.forEach((h,d)=>{let m=Math.max(s,h*i*.9);r.fillRect((p+d)*a,(i-m)/2,s,m)})}stop(){cancelAnimationFrame(this.raf),this.ctx.close().catch(()=>{})}};function se(o,n){let t=Math.min(192e3,Math.max(8e3,Math.round(n)||44100));return new OfflineAudioContext(1,1,t).decodeAudioData(o)}function ne(o,n){let t=Math.max(1,o.length),e=o[0]?.length??0,i=e*t*2,r=new ArrayBuffer(44+i),s=new DataView(r),a=(h,d)=>{for(let m=0;m<4;m++)s.setUint8(h+m,d.charCodeAt(m))},c=Math.round(n);a(0,"RIFF"),s.setUint32(4,36+i,!0),a(8,"WAVE"),a(12,"fmt "),s.setUint32(16,16,!0),s.setUint16(20,1,!0),s.setUint16(22,t,!0),s.setUint32(24,c,!0),s.setUint32(28,c*t*2,!0),s.setUint16(32,t*2,!0),s.setUint16(34,16,!0),a(36,"data"),s.setUint32(40,i,!0);let p=44;for(let h=0;h<e;h++)for(let d=0;d<t;d++){let m=o[d]?.[h]??0,g=m>1?1:m<-1?-1:m||0;s.setInt16(p,g<0?Math.round(g*32768):Math.round(g*32767),!0),p+=2}return new Blob([r],{type:"audio/wav"})}function ae(o,n=0,t=o.length){let e=[];for(let i=0;i<o.numberOfChannels;i++)e.push(o.getChannelData(i).subarray(n,t));return e}var ze=class extends ht{constructor(){super();this.playing=!1;this.time=0;this.duration=0;this.trim=null;this.recording=!1;this.elapsed=0;this.decoded=null;this.loaded="";this.peaks=null;this.raf=0;this.autoplayNext=!1;this.stream=null;this.rec=null;this.meter=null;this.tick=0;this.media="audio"}static{this.properties={...ht.properties,playing:{state:!0},time:{state:!0},duration:{state:!0},trim:{state:!0},recording:{state:!0},elapsed:{state:!0},decoded:{state:!0}}}get wave(){return this.props.waveform_options??{}}get rate(){return Z(this.wave.sample_rate,44100)}get dur(){let t=this.decoded?.duration||this.duration;return Number.isFinite(t)&&t>0?t:0}get audio(){return this.querySelector("audio")}willUpdate(t){if(!t.has("value"))return;let e=X(this.value)?this.value:null;e&&(this.rec||this.stream)&&this.stopCapture();let i=e?this.host?.fileURL(e)??e.url??"":"",r=this.takeAutoplay();i!==this.loaded&&(this.loaded=i,this.decoded=null,this.peaks=null,this.time=this.duration=0,this.playing=!1,this.trim=null,i&&(this.autoplayNext=r,this.decode(i)))}async decode(t){try{let e=await fetch(t);if(!e.ok)throw new Error(`HTTP ${e.status}`);let i=await se(await e.arrayBuffer(),this.rate);this.loaded===t&&(this.decoded=i)}catch{}}render(){let t=X(this.value)?this.value:null,e=this.currentSource(["upload","microphone"]),i;t?i=this.player(t):this.interactive?i=l`${e==="microphone"?this.recorder():this.dropZone()}${this.sourceBar(["upload","microphone"],{upload:"Upload",microphone:"Microphone"})}`:i=l`<div class="gr-media-empty">No audio</div>`;let r=!t&&this.interactive&&e==="upload";return l`${this.label(r?this.uid:null)}
      <div class="gr-audio" role=${r?u:"group"} aria-labelledby=${!r&&this.props.label?this.uid+"-label":u}>${i}</div>
      ${this.messages()}`}player(t){let e=this.props,i=this.dur,r=Math.min(this.time,i||this.time),s=Z(this.wave.skip_length,5),a=this.interactive&&e.editable!==!1&&this.decoded!=null&&this.progress==null;return l`<audio
        src=${this.loaded}
        preload="metadata"
        ?loop=${!!e.loop}
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
          aria-label="Seek in ${P(t)}"
          aria-valuemin="0"
          aria-valuemax=${Math.round(i)}
          aria-valuenow=${Math.round(r)}
          aria-valuetext="${Y(r)} of ${Y(i)}"
          @keydown=${this.onSeekKey}
        ></canvas>
        ${this.trim&&i>0?this.region(i):u}
      </div>
      <div class="gr-audio-controls">
        <span class="gr-audio-time">${Y(r)} / ${Y(i)}</span>
        <div class="gr-audio-transport">
          ${s>0?l`<button type="button" class="gr-icon-button" aria-label="Back ${s} seconds" @click=${()=>this.seek(this.now()-s)}>−${s}s</button>`:u}
          <button type="button" class="gr-icon-button gr-audio-play" data-focus aria-label=${this.playing?"Pause":"Play"} @click=${this.toggle}>
            ${this.playing?Hi:Fi}
          </button>
          ${s>0?l`<button type="button" class="gr-icon-button" aria-label="Forward ${s} seconds" @click=${()=>this.seek(this.now()+s)}>+${s}s</button>`:u}
        </div>
        <div class="gr-audio-tools">
          ${this.trim?l`<button type="button" class="gr-icon-button" @click=${this.applyTrim}>Trim</button>
                <button type="button" class="gr-icon-button" @click=${()=>this.trim=null}>Cancel</button>`:a?l`<button type="button" class="gr-icon-button" aria-label="Trim" title="Trim" @click=${this.startTrim}>✂</button>`:u}
          ${this.tools(t)}
        </div>
      </div>
      ${this.progressBar()}`}region(t){let[e,i]=this.trim,r=e/t*100,s=i/t*100,a=(p,h,d)=>l`<div
      class="gr-audio-handle"
      role="slider"
      tabindex="0"
      aria-label=${p===0?"Trim start":"Trim end"}
      aria-valuemin="0"
      aria-valuemax=${t.toFixed(1)}
      aria-valuenow=${h.toFixed(1)}
      aria-valuetext=${Y(h)}
      style="left:${d}%"
      @pointerdown=${m=>this.dragHandle(m,p)}
      @keydown=${m=>this.handleKey(m,p)}
    ></div>`,c=this.wave.trim_region_color?`;background:${this.wave.trim_region_color}`:"";return l`<div class="gr-audio-region" style="left:${r}%;width:${s-r}%${c}"></div>${a(0,e,r)}${a(1,i,s)}`}recorder(){let t=this.wave.show_recording_waveform!==!1,e=this.progress!=null;return l`<div class="gr-media-rec">
      ${t&&this.recording?l`<canvas class="gr-audio-meter" aria-hidden="true"></canvas>`:u}
      <div class="gr-media-rec-row">
        ${this.recording?l`<button type="button" class="gr-button gr-stop gr-sm" @click=${this.stopRecording}><span class="gr-rec-dot" aria-hidden="true"></span>Stop</button>`:l`<button type="button" class="gr-button gr-secondary gr-sm" ?disabled=${e} @click=${this.startRecording}>
              <span class="gr-rec-dot" aria-hidden="true"></span>Record
            </button>`}
        ${this.recording?l`<span class="gr-media-clock">${Y(this.elapsed)}</span>`:u}
      </div>
      ${this.progressBar()}
    </div>`}updated(){let t=this.querySelector(".gr-audio-wave");t&&!this.resize?(this.resize=new ResizeObserver(()=>this.draw()),this.resize.observe(t)):!t&&this.resize&&(this.resize.disconnect(),this.resize=void 0),this.draw();let e=this.audio;this.autoplayNext&&e&&(this.autoplayNext=!1,e.play().catch(()=>{}))}disconnectedCallback(){super.disconnectedCallback(),cancelAnimationFrame(this.raf),this.resize?.disconnect(),this.resize=void 0}now(){return this.audio?.currentTime??this.time}toggle(){let t=this.audio;t&&(t.paused?t.play().catch(e=>this.error=`Cannot play: ${e?.message??e}`):t.pause())}seek(t){let e=this.audio,i=this.dur;!e||i<=0||(e.currentTime=Math.max(0,Math.min(i,t)),this.time=e.currentTime,this.draw())}onPlay(){this.playing=!0,this.emit("play");let t=()=>{this.draw(),this.playing&&(this.raf=requestAnimationFrame(t))};cancelAnimationFrame(this.raf),this.raf=requestAnimationFrame(t)}onPause(t){this.playing=!1,this.onTime(),t.target.ended||this.emit("pause")}onTime(){this.time=this.audio?.currentTime??0,this.playing||this.draw()}onMeta(){this.duration=this.audio?.duration??0}fraction(t,e){let i=e.getBoundingClientRect();return i.width>0?Math.max(0,Math.min(1,(t.clientX-i.left)/i.width)):0}onWaveDown(t){if(t.button!==0)return;let e=t.currentTarget;e.setPointerCapture?.(t.pointerId);let i=r=>this.seek(this.fraction(r,e)*this.dur);i(t),e.onpointermove=i,e.onpointerup=e.onlostpointercapture=()=>e.onpointermove=e.onpointerup=e.onlostpointercapture=null}onSeekKey(t){let e=this.now(),i=Z(this.wave.skip_length,5)||5,r={ArrowLeft:e-1,ArrowDown:e-1,ArrowRight:e+1,ArrowUp:e+1,PageDown:e-i,PageUp:e+i,Home:0,End:this.dur};if(t.key in r)this.seek(r[t.key]);else if(t.key===" "||t.key==="Enter")this.toggle();else return;t.preventDefault()}draw(){let t=this.querySelector(".gr-audio-canvas");if(!t)return;let e=devicePixelRatio||1,i=Math.round(t.clientWidth*e),r=Math.round(t.clientHeight*e);if(!i||!r)return;(t.width!==i||t.height!==r)&&(t.width=i,t.height=r);let s=t.getContext("2d");if(!s)return;let[a,c]=this.colors(),p=this.dur,h=p>0?this.now()/p*i:0,d=Math.max(1,Math.round(2*e)),m=d+Math.max(1,Math.round(e)),g=Math.max(1,Math.floor(i/m));this.decoded&&this.peaks?.length!==g&&(this.peaks=yr(this.decoded,g));let f=this.decoded?this.peaks:null;s.clearRect(0,0,i,r);for(let $=0;$<g;$++){let k=$*m,w=Math.max(d,(f?f[$]:0)*r*.92);s.fillStyle=k<h?c:a,s.fillRect(k,(r-w)/2,d,w)}}colors(){let t=getComputedStyle(this);return[this.wave.waveform_color||t.getPropertyValue("--gr-wave").trim()||"#a1a1aa",this.wave.waveform_progress_color||t.getPropertyValue("--gr-primary").trim()||"#f97316"]}startTrim(){let t=this.dur;this.audio?.pause(),this.trim=[t*.25,t*.75],this.updateComplete.then(()=>this.querySelector(".gr-audio-handle")?.focus())}setEdge(t,e){if(!this.trim)return;let i=this.dur,r=Math.min(.05,i/2),[s,a]=this.trim;this.trim=t===0?[Math.max(0,Math.min(e,a-r)),a]:[s,Math.min(i,Math.max(e,s+r))]}dragHandle(t,e){t.stopPropagation(),t.preventDefault();let i=t.currentTarget,r=i.parentElement;i.focus(),i.setPointerCapture?.(t.pointerId),i.onpointermove=s=>this.setEdge(e,this.fraction(s,r)*this.dur),i.onpointerup=i.onlostpointercapture=()=>i.onpointermove=i.onpointerup=i.onlostpointercapture=null}handleKey(t,e){if(!this.trim)return;let i=this.trim[e],r=t.shiftKey?1:.1,s={ArrowLeft:i-r,ArrowDown:i-r,ArrowRight:i+r,ArrowUp:i+r,Home:0,End:this.dur};if(t.key in s)this.setEdge(e,s[t.key]);else if(t.key==="Enter")this.applyTrim();else if(t.key==="Escape")this.trim=null;else return;t.preventDefault()}async applyTrim(){let t=this.decoded,e=this.trim;if(!t||!e||!X(this.value))return;let i=Math.floor(e[0]*t.sampleRate),r=Math.min(t.length,Math.ceil(e[1]*t.sampleRate)),s=ae(t,i,r),a=P(this.value).replace(/\.[^.]*$/,"")+".wav";this.trim=null;let c=new AudioBuffer({length:Math.max(1,r-i),numberOfChannels:t.numberOfChannels,sampleRate:t.sampleRate});s.forEach((p,h)=>c.copyToChannel(p,h)),await this.commit(new File([ne(s,t.sampleRate)],a,{type:"audio/wav"}),p=>this.adopt(p,c))&&(this.status=`Trimmed to ${Y(c.duration)}`)}async prepare(t){if((this.props.format??"wav")!=="wav"||/wav/i.test(t.type)||/\.wav$/i.test(t.name)||t.size>32e6)return[t];this.status="Converting to WAV";let i=await se(await t.arrayBuffer(),this.rate),r=ne(ae(i),i.sampleRate),s=t.name.replace(/\.[^.]*$/,"")+".wav";return[new File([r],s,{type:"audio/wav"}),a=>this.adopt(a,i)]}adopt(t,e){this.loaded=this.host.fileURL(t),this.decoded=e,this.peaks=null,this.time=0,this.duration=e.duration,this.playing=!1}async startRecording(){if(this.recording)return;this.error="";try{this.stream=await ie({audio:!0},"microphone"),this.rec=new St(this.stream,["audio/webm;codecs=opus","audio/webm","audio/ogg;codecs=opus","audio/mp4"])}catch(i){this.stopCapture(),this.error=i.message;return}this.recording=!0,this.elapsed=0;let t=performance.now();this.tick=window.setInterval(()=>this.elapsed=(performance.now()-t)/1e3,250),this.status="Recording",this.emit("start_recording"),await this.updateComplete;let e=this.querySelector(".gr-audio-meter");e&&this.stream&&(this.meter=new ee(this.stream,e,this.colors()[1])),this.querySelector(".gr-media-rec .gr-stop")?.focus()}async stopRecording(){let t=this.rec;if(!t)return;this.rec=null;let e=await t.stop();this.stopCapture(),this.emit("stop_recording"),this.status="Recording stopped; saving";try{let i=await se(await e.arrayBuffer(),this.rate),r=ne(ae(i),i.sampleRate);await this.commit(new File([r],"recording.wav",{type:"audio/wav"}),s=>this.adopt(s,i))?(this.status=`Recording saved, ${Y(i.duration)}`,this.updateComplete.then(()=>this.querySelector("[data-focus]")?.focus())):this.status=""}catch(i){this.error=`The recording could not be read: ${i?.message??i}`,this.status=""}}stopCapture(){this.rec&&this.rec.stop().catch(()=>{}),this.rec=null,this.meter?.stop(),this.meter=null,re(this.stream),this.stream=null,clearInterval(this.tick),this.recording=!1}};function yr(o,n){let t=new Float32Array(n),e=o.length;for(let r=0;r<o.numberOfChannels;r++){let s=o.getChannelData(r);for(let a=0;a<n;a++){let c=Math.floor(a*e/n),p=Math.max(c+1,Math.floor((a+1)*e/n)),h=Math.max(1,(p-c)/512|0),d=t[a];for(let m=c;m<p&&m<e;m+=h){let g=Math.abs(s[m]);g>d&&(d=g)}t[a]=d}}let i=0;for(let r=0;r<n;r++)t[r]>i&&(i=t[r]);if(i>0)for(let r=0;r<n;r++)t[r]/=i;return t}v("audio",ze);var Ve=class extends ht{constructor(){super();this.stream=null;this.recording=!1;this.elapsed=0;this.rec=null;this.tick=0;this.autoplayNext=!1;this.media="video"}static{this.properties={...ht.properties,stream:{state:!0},recording:{state:!0},elapsed:{state:!0}}}willUpdate(t){if(!t.has("value"))return;let e=X(this.value)?this.value:null,i=t.get("value");e&&(this.rec||this.stream)&&this.stopCapture();let r=this.takeAutoplay();e&&(!X(i)||i.path!==e.path||i.url!==e.url)&&(this.autoplayNext=r)}updated(){let t=this.querySelector(".gr-video-player");this.autoplayNext&&t&&(this.autoplayNext=!1,t.play().catch(()=>{}))}render(){let t=X(this.value)?this.value:null,e=this.currentSource(["upload","webcam"]),i;t?i=this.player(t):this.interactive?i=l`${e==="webcam"?this.camera():this.dropZone()}${this.sourceBar(["upload","webcam"],{upload:"Upload",webcam:"Webcam"})}`:i=l`<div class="gr-media-empty">No video</div>`;let r=!t&&this.interactive&&e==="upload";return l`${this.label(r?this.uid:null)}
      <div class="gr-video" role=${r?u:"group"} aria-labelledby=${!r&&this.props.label?this.uid+"-label":u}>${i}</div>
      ${this.messages()}`}size(){let t=this.props;return[t.height!=null?`height:${q(t.height)}`:"",t.width!=null?`width:${q(t.width)};max-width:100%`:""].filter(Boolean).join(";")}player(t){let e=this.props;return l`<div class="gr-media-frame ${e.height!=null?"gr-sized":""}" style=${this.size()||u}>
      <video
        class="gr-video-player"
        src=${this.host?.fileURL(t)??t.url??""}
        controls
        playsinline
        preload="metadata"
        data-focus
        ?loop=${!!e.loop}
        aria-label=${e.label||"Video"}
        @play=${()=>this.emit("play")}
        @pause=${i=>i.target.ended||this.emit("pause")}
        @ended=${()=>{this.emit("end"),this.emit("stop")}}
      ></video>
      <div class="gr-media-bar">${this.tools(t)}</div>
    </div>`}camera(){let t=this.props.webcam_options?.mirror!==!1,e=this.progress!=null,i=this.size();return l`<div class="gr-media-rec gr-video-cam ${this.props.height!=null?"gr-sized":""}" style=${i||u}>
      <video
        class="gr-video-preview ${t?"gr-mirror":""}"
        .srcObject=${this.stream}
        ?hidden=${!this.stream}
        autoplay
        muted
        playsinline
        aria-label="Camera preview"
      ></video>
      <div class="gr-media-rec-row">
        ${this.stream?this.recording?l`<button type="button" class="gr-button gr-stop gr-sm" @click=${this.stopRecording}><span class="gr-rec-dot" aria-hidden="true"></span>Stop</button>
                <span class="gr-media-clock">${Y(this.elapsed)}</span>`:l`<button type="button" class="gr-button gr-secondary gr-sm" @click=${this.startRecording}><span class="gr-rec-dot" aria-hidden="true"></span>Record</button>
                <button type="button" class="gr-icon-button" @click=${this.closeCamera}>Close camera</button>`:l`<button type="button" class="gr-button gr-secondary gr-sm" ?disabled=${e} @click=${this.openCamera}>Open camera</button>`}
      </div>
      ${this.progressBar()}
    </div>`}constraints(){let t=this.props.webcam_options?.constraints,e=this.props.include_audio!==!1;return t&&typeof t=="object"?"video"in t||"audio"in t?{video:t.video??!0,audio:e?t.audio??!0:!1}:{video:t,audio:e}:{video:!0,audio:e}}async openCamera(){this.error="";try{this.stream=await ie(this.constraints(),"camera"),this.status="Camera open",await this.updateComplete,this.querySelector(".gr-video-cam .gr-button")?.focus()}catch(t){this.error=t.message}}closeCamera(){this.stopCapture(),this.status="Camera closed"}async startRecording(){if(!this.stream||this.rec)return;try{this.rec=new St(this.stream,["video/webm;codecs=vp9,opus","video/webm;codecs=vp8,opus","video/webm","video/mp4"])}catch(e){this.error=`Cannot record: ${e?.message??e}`;return}this.recording=!0,this.elapsed=0;let t=performance.now();this.tick=window.setInterval(()=>this.elapsed=(performance.now()-t)/1e3,250),this.status="Recording",this.emit("start_recording"),await this.updateComplete,this.querySelector(".gr-video-cam .gr-stop")?.focus()}async stopRecording(){let t=this.rec;if(!t)return;this.rec=null,clearInterval(this.tick),this.recording=!1;let e=await t.stop();this.stopCapture(),this.emit("stop_recording"),this.status="Recording stopped; saving";let i=t.mimeType.includes("mp4")?"mp4":"webm";await this.commit(new File([e],`recording.${i}`,{type:t.mimeType.split(";")[0]||`video/${i}`}))?(this.status="Recording saved",this.updateComplete.then(()=>this.querySelector("[data-focus]")?.focus())):this.status=""}stopCapture(){this.rec&&this.rec.stop().catch(()=>{}),this.rec=null,re(this.stream),this.stream=null,clearInterval(this.tick),this.recording=!1}};v("video",Ve);var Ue=class extends b{constructor(){super(...arguments);this.progress=null;this.note="";this.error=""}static{this.properties={...b.properties,progress:{state:!0},note:{state:!0},error:{state:!0}}}get multiple(){return this.props.file_count==="multiple"||this.props.file_count==="directory"}render(){let t=this.props,e=this.progress!=null,i=Math.round((this.progress??0)*100),r=te(t.icon,this.host);return l`<input
        class="gr-file-input"
        type="file"
        tabindex="-1"
        aria-hidden="true"
        accept=${G(t.file_types)??u}
        ?multiple=${this.multiple}
        ?webkitdirectory=${t.file_count==="directory"}
        @change=${this.onPick}
      />
      <button
        type="button"
        class="gr-button gr-${t.variant??"secondary"} gr-${t.size??"lg"} gr-upload-button"
        style=${e?`--gr-upload:${i}%`:u}
        ?disabled=${!this.interactive}
        aria-disabled=${e?"true":u}
        aria-busy=${e?"true":"false"}
        @click=${this.onClick}
      >
        ${r?l`<img class="gr-button-icon" src=${r} alt="" />`:u}${e?`Uploading… ${i}%`:t.label??"Upload a File"}
      </button>
      <div class="gr-sr-only" role="status">${this.note}</div>
      ${this.error?l`<div class="gr-file-error" role="alert">${this.error}</div>`:u}`}onClick(){!this.interactive||this.progress!=null||(this.emit("click"),this.querySelector(".gr-file-input")?.click())}async onPick(t){let e=t.target,i=Array.from(e.files??[]);if(e.value="",i.length===0)return;let r=i.filter(a=>Et(this.props.file_types,a));this.error=r.length<i.length?`Not accepted (${G(this.props.file_types)}): ${i.filter(a=>!r.includes(a)).map(a=>a.name).join(", ")}`:"";let s=this.multiple?r:r.slice(0,1);if(s.length!==0){this.progress=0,this.note="Uploading";try{let a=await this.host.upload(s,c=>this.progress=c);if(a.length===0)throw new Error("the server returned no file");this.userValue(this.multiple?a:a[0]),this.emit("upload"),this.note=a.length===1?`Uploaded ${s[0].name}`:`Uploaded ${a.length} files`}catch(a){this.error=`Upload failed: ${a?.message??a}`,this.note=""}finally{this.progress=null}}}};v("uploadbutton",Ue);var je=class extends b{render(){let n=this.props,t=this.value,e=X(t)?t:typeof t=="string"&&t?{path:t,url:t,meta:{_type:"gradio.FileData"}}:null,i=`gr-button gr-${n.variant??"secondary"} gr-${n.size??"lg"} gr-download-button`,r=te(n.icon,this.host),s=l`${r?l`<img class="gr-button-icon" src=${r} alt="" />`:u}${n.label??"Download"}`;return!e||!this.interactive?l`<button type="button" class=${i} disabled>${s}</button>`:l`<a class=${i} href=${this.host?.fileURL(e)??e.url??"#"} download=${P(e)} title=${P(e)} @click=${()=>this.emit("click")}>${s}</a>`}};v("downloadbutton",je);var Pi=["upload","webcam","clipboard"],Ri={upload:["upload","Upload"],webcam:["camera","Webcam"],clipboard:["clipboard","Paste from clipboard"]},qe=class extends b{constructor(){super();this.source=null;this.up=new nt(this);this.cam=new Zt(this);this.pasteClipboard=async()=>{try{let t=await Xt();t.length?await this.take(t):this.up.fail("There is no image in the clipboard.")}catch(t){this.up.fail(`Could not read the clipboard: ${t?.message??t}`)}};new Jt(this,()=>this.interactive&&this.sources.includes("clipboard")&&!this.up.busy,t=>{this.take(t)})}static{this.properties={...b.properties,source:{state:!0}}}get sources(){let t=this.props.sources;return Array.isArray(t)?t.filter(e=>Pi.includes(e)):Pi}get active(){return this.source&&this.sources.includes(this.source)?this.source:this.sources[0]}get mirror(){return this.props.webcam_options?.mirror!==!1&&this.props.mirror_webcam!==!1}render(){let t=this.props,e=R(this.value)?this.value:null,i=K(t.height),r=K(t.width),s=[i?`height:${i}`:"",r?`width:${r};max-width:100%`:""].filter(Boolean).join(";");return l`${this.label(null)}
      <div class="gr-image ${i?"gr-fixed-height":""}" style=${s||u} role="group" aria-labelledby=${t.label?this.uid+"-label":u}>
        ${e?this.shown(e):this.interactive?this.input():W()}
      </div>
      ${this.up.errorView()}`}shown(t){let e=Q(this.props,["download","fullscreen"]),i=this.host?.fileURL(t)??t.url??"";return l`<div class="gr-image-frame">
      <img class="gr-image-img" src=${i} alt=${this.props.label||"Image"} draggable="false" @click=${this.onSelect} />
      <div class="gr-img-toolbar">
        ${e.includes("download")?lt(i,t):u}
        ${e.includes("fullscreen")?_("fullscreen","Full screen",()=>ct(this.querySelector(".gr-image-img"))):u}
        ${this.interactive?_("close","Clear",()=>this.clear()):u}
      </div>
    </div>`}input(){let t=this.sources,e=this.active,i;return this.up.busy?i=l`<div class="gr-img-drop gr-file-drop">${_t(this.up.progress)}</div>`:e==="webcam"?i=this.cam.view(this.mirror,()=>{this.capture()},void 0,this.props.webcam_options?.constraints??null):e==="clipboard"?i=l`<div class="gr-img-drop gr-file-drop gr-image-paste">
        <div class="gr-file-prompt">
          ${j("clipboard")}
          <button type="button" class="gr-button gr-secondary gr-sm" @click=${this.pasteClipboard}>Paste from clipboard</button>
          <span class="gr-file-or">or press Ctrl+V</span>
        </div>
      </div>`:e==="upload"?i=this.up.zone({id:this.uid,onFiles:r=>{this.take(r)},prompt:this.props.placeholder?l`<span class="gr-prose gr-image-placeholder">${O(st(String(this.props.placeholder)))}</span>`:void 0}):i=W(),l`<div class="gr-image-input">
      ${i}
      ${t.length>1?l`<div class="gr-img-sources" role="group" aria-label="Image source">
            ${t.map(r=>_(Ri[r][0],Ri[r][1],()=>this.pick(r),"",r===e))}
          </div>`:u}
    </div>`}pick(t){t!=="webcam"&&this.cam.stop(),this.source=t,t==="clipboard"&&this.pasteClipboard()}async capture(){let t=await this.cam.capture(this.mirror);t&&await this.take([t])}async take(t){let e=t.find(s=>ut(s,["image"]));if(!e)return this.up.fail("Please choose an image file.");if(this.up.busy)return;let i=this.contains(document.activeElement),r=await this.up.send([e]);r&&(this.cam.stop(),this.userValue(r[0]),this.emit("upload"),i&&this.updateComplete.then(()=>this.querySelector(".gr-img-toolbar button:last-child")?.focus()))}clear(){this.up.error="",this.userValue(null),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-image-input input, .gr-image-input button")?.focus())}onSelect(t){let[e,i]=Ci(t.currentTarget,t);this.emit("select",{index:[e,i],value:null,selected:!0})}disconnectedCallback(){super.disconnectedCallback(),this.cam.stop()}};v("image",qe);var Ii=["rgb(204, 50, 50)","rgb(173, 204, 50)","rgb(50, 204, 112)","rgb(50, 112, 204)","rgb(173, 50, 204)"];function dt(o,n){let t=document.createElement("canvas");return t.width=Math.max(1,Math.round(o)),t.height=Math.max(1,Math.round(n)),t}var tt=o=>o.getContext("2d");function ft(o,n,t,e=0,i=0,r,s){let a=dt(n,t);return r!=null&&s!=null?tt(a).drawImage(o,e,i,r,s):tt(a).drawImage(o,e,i),a}var Ni=o=>ft(o,o.width,o.height),bt=o=>({w:o.w,h:o.h,bg:o.bg&&Ni(o.bg),layers:o.layers.map(n=>({...n,canvas:Ni(n.canvas)}))});function Be(o,n,t){o.clearRect(0,0,n.w,n.h),n.bg&&o.drawImage(n.bg,0,0),n.layers.forEach((e,i)=>{e.visible&&(o.drawImage(e.canvas,0,0),t&&t.i===i&&(o.globalAlpha=t.alpha,o.drawImage(t.buf,0,0),o.globalAlpha=1))})}var oe=null;function Oi(o){oe??=tt(dt(1,1)),oe.fillStyle="#000000",oe.fillStyle=o;let n=String(oe.fillStyle);return n.startsWith("#")?n:"#000000"}var Ke=class extends b{constructor(){super();this.tool="brush";this.color="";this.alpha=1;this.size=0;this.esize=0;this.active=0;this.crop=null;this.camOn=!1;this.doc={w:1,h:1,bg:null,layers:[]};this.undos=[];this.redos=[];this.mine=void 0;this.gen=0;this.stroke=null;this.cropFrom=null;this.frame=0;this.pending=new Set;this.again=!1;this.layerCount=0;this.versions=new WeakMap;this.uploaded=new WeakMap;this.up=new nt(this);this.cam=new Zt(this);this.onDown=t=>{if(this.stroke||this.cropFrom||t.button>0&&t.button!==5)return;let e=t.currentTarget;e.setPointerCapture(t.pointerId),e.focus({preventScroll:!0}),t.preventDefault();let i=this.point(t);if(this.tool==="crop"){this.cropFrom=i,this.crop={x:i[0],y:i[1],w:0,h:0};return}let r=this.tool==="eraser"||t.button===5,s=this.doc.layers[this.active];if(!s||!r&&!this.brushOn)return;let a=bt(this.doc);s.visible=!0,this.touch(s.canvas),this.stroke={id:t.pointerId,eraser:r,last:i,buf:r?null:dt(this.doc.w,this.doc.h),before:a},this.dot(i,this.width(t)),this.schedulePaint()};this.onMove=t=>{if(this.cropFrom){let[r,s]=this.cropFrom,[a,c]=this.point(t).map((p,h)=>Math.max(0,Math.min(h?this.doc.h:this.doc.w,p)));this.crop={x:Math.min(r,a),y:Math.min(s,c),w:Math.abs(a-r),h:Math.abs(c-s)};return}let e=this.stroke;if(!e||e.id!==t.pointerId)return;let i=t.getCoalescedEvents?.()??[];for(let r of i.length?i:[t]){let s=this.point(r,t.currentTarget);this.line(e.last,s,this.width(r)),e.last=s}this.schedulePaint()};this.onUp=t=>{if(this.cropFrom){this.cropFrom=null,this.crop&&(this.crop.w<2||this.crop.h<2)&&(this.crop=null),this.requestUpdate();return}let e=this.stroke;if(!(!e||e.id!==t.pointerId)){if(this.stroke=null,e.buf){let i=tt(this.doc.layers[this.active].canvas);i.globalAlpha=this.alpha,i.drawImage(e.buf,0,0),i.globalAlpha=1}this.commit(e.before)}};this.applyCrop=()=>{let t=this.crop;if(!t)return;let e=bt(this.doc),i=Math.round(t.x),r=Math.round(t.y),s=Math.max(1,Math.round(t.w)),a=Math.max(1,Math.round(t.h)),c=h=>ft(h,s,a,-i,-r),p=this.doc;this.doc={w:s,h:a,bg:p.bg&&c(p.bg),layers:p.layers.map(h=>({...h,canvas:c(h.canvas)}))},this.crop=null,this.tool=this.brushOn?"brush":"eraser",this.commit(e,"apply")};this.addLayer=()=>{let t=bt(this.doc);this.doc.layers.push({name:`Layer ${++this.layerCount}`,canvas:dt(this.doc.w,this.doc.h),visible:!0}),this.active=this.doc.layers.length-1,this.commit(t)};this.onKey=t=>{let e=t.key.toLowerCase();(t.ctrlKey||t.metaKey)&&(e==="z"||e==="y")?(t.preventDefault(),e==="y"||t.shiftKey?this.redo():this.undo()):this.crop&&!this.cropFrom&&t.target instanceof HTMLCanvasElement&&(t.key==="Enter"?this.applyCrop():t.key==="Escape"&&(this.crop=null))};new Jt(this,()=>this.interactive&&this.sources.includes("clipboard")&&!this.camOn,t=>{this.take(t)})}static{this.properties={...b.properties,tool:{state:!0},color:{state:!0},size:{state:!0},esize:{state:!0},active:{state:!0},crop:{state:!0},camOn:{state:!0}}}get sources(){let t=this.props.sources;return Array.isArray(t)?t:["upload","webcam","clipboard"]}get sketch(){return Array.isArray(this.props.sources)&&this.props.sources.length===0}get canvasSize(){let t=this.props.canvas_size;return Array.isArray(t)&&t.length===2&&t[0]>0&&t[1]>0?[Number(t[0]),Number(t[1])]:[800,600]}get brushOn(){return this.props.brush!==null&&this.props.brush!==!1}get eraserOn(){return this.props.eraser!==null&&this.props.eraser!==!1}get cropOn(){let t=this.props.transforms;return Array.isArray(t)?t.includes("crop"):!this.sketch}get layerOpts(){let t=this.props.layers,e=t!=null&&typeof t=="object"?t:null,i=t!==!1&&!e?.disabled;return{show:i,add:i&&(e?e.allow_additional_layers!==!1:!0),names:e&&Array.isArray(e.layers)&&e.layers.length?e.layers.map(String):["Layer 1"]}}get swatches(){let t=this.props.brush?.colors;return(Array.isArray(t)&&t.length?t:Ii).map(e=>Array.isArray(e)?{color:String(e[0]),alpha:Number(e[1]??1)}:{color:String(e),alpha:1})}auto(t){return typeof t=="number"&&t>0?t:Math.max(2,Math.round(Math.min(this.doc.w,this.doc.h)/50))}willUpdate(t){if(t.has("value")&&this.value!==this.mine&&this.load(this.value),!this.color){let e=this.swatches,i=this.props.brush?.default_color,r=e.find(s=>s.color===i)??(i&&i!=="auto"?{color:String(i),alpha:1}:e[0]);this.color=r.color,this.alpha=r.alpha}!this.brushOn&&this.tool==="brush"&&(this.tool=this.eraserOn?"eraser":"crop")}blank(t,e,i=this.layerOpts.names){let r=null;return this.sketch&&(r=dt(t,e),tt(r).fillStyle="#ffffff",tt(r).fillRect(0,0,t,e)),this.layerCount=i.length,{w:t,h:e,bg:r,layers:i.map(s=>({name:s,canvas:dt(t,e),visible:!0}))}}async load(t){let e=++this.gen;clearTimeout(this.timer),this.pending.clear(),this.mine=t;let i=k=>this.host?.fileURL(k)??k.url??"",r=k=>R(k)?It(i(k)).catch(()=>null):Promise.resolve(null),s=R(t)?t:t?.background??(Array.isArray(t?.layers)&&t.layers.length?null:t?.composite),a=Array.isArray(t?.layers)?t.layers:[],[c,...p]=await Promise.all([r(s),...a.map(r)]);if(e!==this.gen)return;let h=c??p.find(Boolean),[d,m]=h&&!this.props.fixed_canvas?[h.naturalWidth,h.naturalHeight]:this.canvasSize,g=this.layerOpts.names,f=this.blank(d,m,p.length?p.map((k,w)=>g[w]??`Layer ${w+1}`):g),$=(k,w,F)=>R(F)&&w.naturalWidth===d&&w.naturalHeight===m&&this.uploaded.set(k,{v:0,fd:F});c&&$(f.bg=this.fit(c,d,m),c,s),p.forEach((k,w)=>k&&$(f.layers[w].canvas=ft(k,d,m),k,a[w])),this.doc=f,this.undos=[],this.redos=[],this.active=0,this.crop=null,this.size||(this.size=this.auto(this.props.brush?.default_size)),this.esize||(this.esize=this.auto(this.props.eraser?.default_size)),this.requestUpdate()}fit(t,e,i){let r=t.naturalWidth||t.width,s=t.naturalHeight||t.height;if(r===e&&s===i)return ft(t,e,i);let a=Math.min(e/r,i/s);return ft(t,e,i,(e-r*a)/2,(i-s*a)/2,r*a,s*a)}render(){let t=this.props,e=K(t.height);if(!this.interactive){let c=this.value,p=R(c?.composite)?c.composite:R(c?.background)?c.background:null,h=p?this.host?.fileURL(p)??p.url??"":"",d=Q(t,["download","fullscreen"]);return l`${this.label(null)}
        <div class="gr-image ${e?"gr-fixed-height":""}" style=${e?`height:${e}`:u} role="group" aria-labelledby=${t.label?this.uid+"-label":u}>
          ${p?l`<div class="gr-image-frame">
                <img class="gr-image-img" src=${h} alt=${t.label||"Image"} />
                <div class="gr-img-toolbar">
                  ${d.includes("download")?lt(h,p):u}
                  ${d.includes("fullscreen")?_("fullscreen","Full screen",()=>ct(this.querySelector(".gr-image-img"))):u}
                </div>
              </div>`:W()}
        </div>`}let i=this.doc,r=this.sources.includes("upload"),s=!i.bg&&this.undos.length===0&&this.sources.length>0,a=this.crop;return l`${this.label(null)}
      <div class="gr-editor" role="group" aria-labelledby=${t.label?this.uid+"-label":u} @keydown=${this.onKey}>
        ${this.toolbar()}
        <div
          class="gr-editor-stage ${this.up.dragging?"gr-dragging":""}"
          style=${e?`--gr-editor-h:${e}`:u}
          @dragenter=${r?this.up.over:u}
          @dragover=${r?this.up.over:u}
          @dragleave=${r?this.up.leave:u}
          @drop=${r?this.up.dropped(c=>{this.take(c)}):u}
        >
          ${this.camOn?this.cam.view(this.props.webcam_options?.mirror!==!1,()=>{this.capture()},()=>this.closeCam(),t.webcam_options?.constraints??null):l`<div class="gr-editor-box">
                <canvas
                  class="gr-editor-canvas gr-tool-${this.tool}"
                  width=${i.w}
                  height=${i.h}
                  tabindex="0"
                  role="img"
                  aria-label="Drawing canvas, ${i.w} by ${i.h} pixels${this.tool==="crop"?": drag to choose the area to keep":""}"
                  @pointerdown=${this.onDown}
                  @pointermove=${this.onMove}
                  @pointerup=${this.onUp}
                  @pointercancel=${this.onUp}
                  @lostpointercapture=${this.onUp}
                ></canvas>
                ${a?l`<div
                      class="gr-editor-crop"
                      style="left:${a.x/i.w*100}%;top:${a.y/i.h*100}%;width:${a.w/i.w*100}%;height:${a.h/i.h*100}%"
                    ></div>`:u}
                ${s?l`<div class="gr-editor-hint" aria-hidden="true">${j("image")}<span>${this.sources.includes("upload")?"Drop an image here, or start drawing":"Start drawing"}</span></div>`:u}
              </div>`}
          ${this.up.busy?l`<div class="gr-editor-saving">${_t(this.up.progress,"Saving…")}</div>`:u}
        </div>
        ${a&&!this.cropFrom?l`<div class="gr-editor-cropbar" role="group" aria-label="Crop">
              <span>${Math.round(a.w)} × ${Math.round(a.h)}</span>
              <button type="button" class="gr-button gr-primary gr-sm" @click=${this.applyCrop}>${j("check")} Apply crop</button>
              <button type="button" class="gr-button gr-secondary gr-sm" @click=${()=>this.crop=null}>Cancel</button>
            </div>`:u}
        ${this.layersPanel()}
        ${this.up.errorView()}${this.cam.error&&!this.camOn?l`<div class="gr-file-error" role="alert">${this.cam.error}</div>`:u}
      </div>`}toolbar(){let t=this.tool,e=t==="eraser",i=e?this.esize:this.size,r=Math.max(40,Math.round(Math.max(this.doc.w,this.doc.h)/10)),s=this.sources;return l`<div class="gr-editor-toolbar" role="group" aria-label="Drawing tools">
      <div class="gr-editor-group">
        ${this.brushOn?_("brush","Brush",()=>this.setTool("brush"),"",t==="brush"):u}
        ${this.eraserOn?_("eraser","Eraser",()=>this.setTool("eraser"),"",e):u}
        ${this.cropOn?_("crop","Crop",()=>this.setTool("crop"),"",t==="crop"):u}
      </div>
      ${t==="brush"?l`<div class="gr-editor-group gr-editor-colors" role="group" aria-label="Brush colour">
            ${this.swatches.map(a=>l`<button
                type="button"
                class="gr-editor-swatch"
                style="--gr-swatch:${a.color};opacity:${Math.max(.25,a.alpha)}"
                aria-label=${a.color}
                title=${a.color}
                aria-pressed=${String(a.color===this.color)}
                @click=${()=>(this.color=a.color,this.alpha=a.alpha)}
              ></button>`)}
            ${this.props.brush?.color_mode!=="fixed"?l`<input type="color" class="gr-editor-color" aria-label="Custom colour" title="Custom colour" .value=${Oi(this.color)} @input=${a=>(this.color=a.target.value,this.alpha=1)} />`:u}
          </div>`:u}
      ${t!=="crop"?l`<label class="gr-editor-group gr-editor-size">
            <span>${e?"Eraser":"Brush"} size</span>
            <input
              type="range"
              min="1"
              max=${r}
              .value=${String(i)}
              @input=${a=>{let c=Number(a.target.value);e?this.esize=c:this.size=c}}
            />
            <span class="gr-editor-size-value">${i}</span>
          </label>`:u}
      <div class="gr-editor-group">
        ${_("undo","Undo (Ctrl+Z)",()=>this.undo(),"",void 0,!this.undos.length)}
        ${_("redo","Redo (Ctrl+Shift+Z)",()=>this.redo(),"",void 0,!this.redos.length)}
        ${_("trash","Clear",()=>this.clear())}
      </div>
      ${s.length?l`<div class="gr-editor-group" role="group" aria-label="Background">
            ${s.includes("upload")?l`<label class="gr-icon-button gr-img-btn gr-file-button" title="Upload a background image">
                  ${j("upload")}
                  <input class="gr-file-input" type="file" accept="image/*" aria-label="Upload a background image" ?disabled=${this.up.busy} @change=${this.up.picked(a=>{this.take(a)})} />
                </label>`:u}
            ${s.includes("webcam")?_("camera","Take a background photo with the webcam",()=>this.openCam(),"",this.camOn):u}
            ${s.includes("clipboard")?_("clipboard","Paste a background image",()=>{this.pasteClipboard()}):u}
          </div>`:u}
    </div>`}layersPanel(){let t=this.layerOpts;if(!t.show)return u;let e=this.doc.layers;return l`<div class="gr-editor-layers" role="group" aria-label="Layers">
      ${j("layers")}
      ${e.map((i,r)=>l`<span class="gr-editor-layer ${r===this.active?"gr-active":""}">
          <button type="button" class="gr-editor-layer-name" aria-pressed=${String(r===this.active)} @click=${()=>this.active=r}>${i.name}</button>
          ${_(i.visible?"eye":"eyeoff",`${i.visible?"Hide":"Show"} ${i.name}`,()=>this.toggleLayer(r))}
          ${t.add&&e.length>1?_("close",`Delete ${i.name}`,()=>this.deleteLayer(r)):u}
        </span>`)}
      ${t.add?l`<button type="button" class="gr-button gr-secondary gr-sm" @click=${this.addLayer}>${j("plus")} Add layer</button>`:u}
    </div>`}updated(){this.paintNow()}paintNow(){this.frame=0;let t=this.querySelector(".gr-editor-canvas");if(!t)return;let e=this.stroke;Be(tt(t),this.doc,e?.buf?{i:this.active,buf:e.buf,alpha:this.alpha}:null)}schedulePaint(){this.frame||(this.frame=requestAnimationFrame(()=>this.paintNow()))}point(t,e=t.currentTarget){let i=e.getBoundingClientRect();return[(t.clientX-i.left)*this.doc.w/i.width,(t.clientY-i.top)*this.doc.h/i.height]}width(t){let e=this.stroke?.eraser||this.tool==="eraser"?this.esize:this.size;return t.pointerType==="pen"&&t.pressure>0?e*(.4+t.pressure*1.2):e}target(){let t=this.stroke,e=tt(t.buf??this.doc.layers[this.active].canvas);return e.globalCompositeOperation=t.eraser?"destination-out":"source-over",e.strokeStyle=e.fillStyle=t.eraser?"#000":this.color,e}dot([t,e],i){let r=this.target();r.beginPath(),r.arc(t,e,i/2,0,Math.PI*2),r.fill(),r.globalCompositeOperation="source-over"}line(t,e,i){let r=this.target();r.lineWidth=i,r.lineCap=r.lineJoin="round",r.beginPath(),r.moveTo(t[0],t[1]),r.lineTo(e[0],e[1]),r.stroke(),r.globalCompositeOperation="source-over"}touch(t){this.versions.set(t,(this.versions.get(t)??0)+1)}commit(t,e){this.undos.push(t),this.undos.length>20&&this.undos.shift(),this.redos=[],this.requestUpdate(),this.schedule(e)}undo(){let t=this.undos.pop();t&&(this.redos.push(this.doc),this.restore(t))}redo(){let t=this.redos.pop();t&&(this.undos.push(this.doc),this.restore(t))}restore(t){this.doc=t,this.crop=null,this.active=Math.min(this.active,t.layers.length-1),this.requestUpdate(),this.schedule()}setTool(t){this.tool=t,t!=="crop"&&(this.crop=null)}deleteLayer(t){let e=bt(this.doc);this.doc.layers.splice(t,1),this.active=Math.max(0,Math.min(this.active-(t<this.active?1:0),this.doc.layers.length-1)),this.commit(e)}toggleLayer(t){let e=this.doc.layers[t];e.visible=!e.visible,this.requestUpdate(),this.schedule()}clear(){let t=bt(this.doc),[e,i]=this.canvasSize;this.doc=this.blank(e,i),this.undos.push(t),this.redos=[],this.crop=null,this.active=0,this.gen++,clearTimeout(this.timer),this.pending.clear();let r={background:null,layers:[],composite:null};this.mine=r,this.userValue(r),this.emit("clear")}async take(t){let e=t.find(r=>ut(r,["image"]));if(!e)return this.up.fail("Please choose an image file.");let i=URL.createObjectURL(e);try{let r=await It(i);this.setBackground(r)}catch{this.up.fail("The image could not be read.")}finally{URL.revokeObjectURL(i)}}setBackground(t){let e=bt(this.doc),i=this.doc,[r,s]=this.props.fixed_canvas?this.canvasSize:[t.naturalWidth,t.naturalHeight],a=i.w===r&&i.h===s?i.layers:i.layers.map(c=>({...c,canvas:ft(c.canvas,r,s,0,0,r,s)}));this.doc={w:r,h:s,bg:this.fit(t,r,s),layers:a},this.crop=null,this.undos.length===0&&(this.props.brush?.default_size>0||(this.size=this.auto(null)),this.props.eraser?.default_size>0||(this.esize=this.auto(null))),this.up.error="",this.commit(e,"upload")}openCam(){this.camOn=!0,this.cam.start(this.props.webcam_options?.constraints??null)}closeCam(){this.cam.stop(),this.camOn=!1}async capture(){let t=await this.cam.capture(this.props.webcam_options?.mirror!==!1);this.closeCam(),t&&await this.take([t])}async pasteClipboard(){try{let t=await Xt();t.length?await this.take(t):this.up.fail("There is no image in the clipboard.")}catch(t){this.up.fail(`Could not read the clipboard: ${t?.message??t}`)}}schedule(t){t&&this.pending.add(t),clearTimeout(this.timer),this.timer=setTimeout(()=>{this.export()},300)}async export(){if(this.up.busy){this.again=!0;return}let t=this.gen,e=this.doc,i=[...this.pending];this.pending.clear();let r=[],s=[],a=[e.bg,...e.layers.map(p=>p.canvas)];try{for(let[h,d]of a.entries()){if(!d)continue;let m=this.versions.get(d)??0;this.uploaded.get(d)?.v!==m&&(r.push(await Me(d,h===0?"background.png":`layer_${h}.png`)),s.push([d,m]))}let p=dt(e.w,e.h);Be(tt(p),e),r.push(await Me(p,"composite.png"))}catch(p){return this.up.fail(`The drawing could not be saved: ${p?.message??p}`)}let c=await this.up.send(r);if(c&&t===this.gen){s.forEach(([d,m],g)=>this.uploaded.set(d,{v:m,fd:c[g]}));let p=d=>(d&&this.uploaded.get(d)?.fd)??null,h={background:p(e.bg),layers:e.layers.map(d=>p(d.canvas)),composite:c[c.length-1]};this.mine=h,this.userValue(h);for(let d of i)this.emit(d)}this.again&&(this.again=!1,this.schedule())}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.timer),cancelAnimationFrame(this.frame)}};v("imageeditor",Ke);var zt=o=>R(o?.image)?o.image:R(o?.video)?o.video:null,Ge=class extends b{constructor(){super(...arguments);this.selected=null;this.focusIndex=0;this.up=new nt(this);this.mine=void 0;this.seenIndex=void 0;this.onKey=t=>{let e=t.target;if(e instanceof HTMLVideoElement||e instanceof HTMLInputElement)return;let i=this.items.length,r=e.classList.contains("gr-gallery-item"),s=this.previewing?i:Math.max(1,Number(this.props.columns)||2),a=null;switch(t.key){case"Escape":if(!this.previewing)return;this.close();break;case"ArrowLeft":case"ArrowRight":if(this.previewing)return t.preventDefault(),void this.step(t.key==="ArrowLeft"?-1:1);r&&(a=this.focusIndex+(t.key==="ArrowLeft"?-1:1));break;case"ArrowUp":case"ArrowDown":r&&(a=this.focusIndex+(t.key==="ArrowUp"?-s:s));break;case"Home":case"End":r&&(a=t.key==="Home"?0:i-1);break;case"Enter":case" ":if(!r)return;this.select(this.focusIndex);break;case"Delete":case"Backspace":if(!r||!this.interactive)return;this.removeItem(this.focusIndex);break;default:return}t.preventDefault(),a!=null&&(this.focusIndex=Math.max(0,Math.min(i-1,a)),this.focusItem())}}static{this.properties={...b.properties,selected:{state:!0},focusIndex:{state:!0}}}get items(){return Array.isArray(this.value)?this.value.filter(t=>zt(t)):[]}get previewing(){return this.props.allow_preview!==!1&&this.selected!=null}willUpdate(t){let e=this.props,i=this.items.length;t.has("props")&&e.selected_index!==this.seenIndex&&(this.seenIndex=e.selected_index,typeof e.selected_index=="number"&&(this.selected=e.selected_index)),t.has("value")&&this.value!==this.mine&&(this.selected=typeof e.selected_index=="number"?e.selected_index:e.preview&&i?0:null,this.focusIndex=0),this.selected!=null&&(this.selected<0||this.selected>=i)&&(this.selected=i?Math.max(0,Math.min(i-1,this.selected)):null),this.focusIndex>=i&&(this.focusIndex=Math.max(0,i-1))}render(){let t=this.props,e=this.items,i=K(t.height),r=Math.max(1,Number(Array.isArray(t.columns)?t.columns[0]:t.columns)||2),s=Q(t,["download","fullscreen"]),a=this.selected!=null?e[this.selected]:null,c=a?zt(a):null,p=G(t.file_types??["image","video"]),h=["contain","cover","fill","none","scale-down"].includes(t.object_fit)?t.object_fit:"cover",d=this.previewing;return l`${this.label(null)}
      <div
        class="gr-gallery ${d?"gr-previewing":""} ${i?"gr-fixed-height":""} ${this.up.dragging?"gr-dragging":""}"
        style="--gr-gallery-cols:${r};--gr-gallery-fit:${h};${i?`height:${i}`:""}"
        role="group"
        aria-labelledby=${t.label?this.uid+"-label":u}
        @keydown=${this.onKey}
        @dragenter=${this.interactive?this.up.over:u}
        @dragover=${this.interactive?this.up.over:u}
        @dragleave=${this.interactive?this.up.leave:u}
        @drop=${this.interactive?this.up.dropped(m=>{this.take(m)}):u}
      >
        ${e.length?l`<div class="gr-img-toolbar">
              ${c&&s.includes("download")?lt(this.url(c),c,"Download the selected item"):u}
              ${s.includes("fullscreen")?_("fullscreen","Full screen",()=>this.fullscreen()):u}
              ${this.interactive?l`<label class="gr-icon-button gr-img-btn gr-file-button" title="Add files">
                      ${j("plus")}
                      <input class="gr-file-input" type="file" multiple accept=${p??u} aria-label="Add files" ?disabled=${this.up.busy} @change=${this.up.picked(m=>{this.take(m)})} />
                    </label>
                    ${c?_("trash","Delete the selected item",()=>this.removeItem(this.selected)):u}
                    ${d?u:_("close","Clear the gallery",()=>this.clear())}`:u}
              ${d?_("close","Close the preview",()=>this.close(),"gr-gallery-close"):u}
            </div>`:u}
        ${d&&a?this.preview(a,this.selected,e.length):u}
        ${e.length?this.grid(e):this.interactive?this.up.zone({id:this.uid,multiple:!0,accept:p,onFiles:m=>{this.take(m)},prompt:l`<span>Drop images or videos here</span>`}):W("Empty gallery")}
        ${this.up.busy&&e.length?l`<div class="gr-gallery-uploading">${_t(this.up.progress)}</div>`:u}
      </div>
      ${this.up.errorView()}`}url(t){return this.host?.fileURL(t)??t.url??""}alt(t,e){return t.caption||`${this.props.label||"Item"} ${e+1}`}grid(t){let e=this.selected;return l`<div
      class="gr-gallery-grid"
      role="listbox"
      aria-label=${this.props.label||"Gallery"}
      aria-orientation=${this.previewing?"horizontal":u}
      aria-keyshortcuts=${this.interactive?"Delete":u}
    >
      ${t.map((i,r)=>{let s=zt(i);return l`<div
          class="gr-gallery-item"
          role="option"
          tabindex=${r===this.focusIndex?"0":"-1"}
          aria-selected=${String(r===e)}
          aria-label=${this.alt(i,r)}
          title=${i.caption||u}
          @click=${()=>this.select(r)}
          @focus=${()=>this.focusIndex=r}
        >
          ${i.video?l`<video src=${this.url(s)} muted preload="metadata" aria-hidden="true"></video><span class="gr-gallery-play">${j("play")}</span>`:l`<img src=${this.url(s)} alt="" loading="lazy" draggable="false" />`}
          ${i.caption?l`<span class="gr-gallery-caption" aria-hidden="true">${i.caption}</span>`:u}
          ${this.interactive?l`<span class="gr-gallery-del" title="Delete" aria-hidden="true" @click=${a=>(a.stopPropagation(),this.removeItem(r))}>${j("close")}</span>`:u}
        </div>`})}
    </div>`}preview(t,e,i){let r=zt(t);return l`<div class="gr-gallery-preview" role="region" aria-label="Preview: ${this.alt(t,e)} (${e+1} of ${i})">
      ${t.video?l`<video class="gr-gallery-big" src=${this.url(r)} controls></video>`:l`<img class="gr-gallery-big" src=${this.url(r)} alt=${this.alt(t,e)} />`}
      ${i>1?l`${_("left","Previous",()=>this.step(-1),"gr-gallery-nav gr-gallery-prev")}
          ${_("right","Next",()=>this.step(1),"gr-gallery-nav gr-gallery-next")}`:u}
      ${t.caption?l`<div class="gr-gallery-preview-caption">${t.caption}</div>`:u}
    </div>`}select(t){let e=this.items;if(!e[t])return;let i=this.previewing;this.selected=t,this.focusIndex=t,this.emit("select",{index:t,value:e[t],selected:!0}),!i&&this.previewing&&this.emit("preview_open")}step(t){let e=this.items.length;e&&this.selected!=null&&this.select((this.selected+t+e)%e),this.focusItem()}close(){this.selected!=null&&(this.selected=null,this.emit("preview_close"),this.focusItem())}focusItem(){this.updateComplete.then(()=>this.querySelectorAll(".gr-gallery-item")[this.focusIndex]?.focus())}fullscreen(){let t=this.querySelector(".gr-gallery-big")??this.querySelector(".gr-gallery");document.fullscreenElement?document.exitFullscreen():t?.requestFullscreen?.().catch(()=>{})}async take(t){let e=t.filter(s=>ut(s,["image","video"]));if(!e.length)return this.up.fail("Please choose images or videos.");if(this.up.busy)return;let i=await this.up.send(e);if(!i)return;let r=i.map(s=>(s.mime_type??"").startsWith("video/")?{video:s,caption:null}:{image:s,caption:null});this.set([...this.items,...r]),this.emit("upload")}removeItem(t){let e=this.items,i=e[t];if(!i)return;this.emit("delete",{index:t,value:i,file:zt(i)});let r=e.filter((s,a)=>a!==t);this.selected!=null&&(this.selected=this.selected===t?r.length&&this.previewing?Math.min(t,r.length-1):null:this.selected-(t<this.selected?1:0)),this.focusIndex=Math.min(t,Math.max(0,r.length-1)),this.set(r),r.length?this.focusItem():this.updateComplete.then(()=>this.querySelector(".gr-file-input")?.focus())}clear(){this.selected=null,this.set([]),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-file-input")?.focus())}set(t){this.mine=t,this.userValue(t)}};v("gallery",Ge);var zi=["#ef4444","#3b82f6","#22c55e","#eab308","#a855f7","#f97316","#14b8a6","#ec4899","#84cc16","#6366f1"],We=class extends b{constructor(){super(...arguments);this.active=null;this.masks=new Map;this.onClick=async t=>{let e=t.currentTarget.getBoundingClientRect(),i=(t.clientX-e.left)/e.width,r=(t.clientY-e.top)/e.height,s=this.value?.annotations??[];for(let a=s.length-1;a>=0;a--){if(!R(s[a]?.image))continue;let c=await this.maskData(this.url(s[a].image));if(!c)continue;let p=Math.min(c.width-1,Math.floor(i*c.width)),h=Math.min(c.height-1,Math.floor(r*c.height));if(c.data[(h*c.width+p)*4+3]>0){this.emit("select",{index:a,value:s[a].label,selected:!0});return}}}}static{this.properties={...b.properties,active:{state:!0}}}url(t){return this.host?.fileURL(t)??t.url??""}render(){let t=this.props,e=this.value,i=R(e?.image)?e.image:null,r=i&&Array.isArray(e.annotations)?e.annotations.filter(d=>R(d?.image)):[],s=K(t.height),a=K(t.width),c=[s?`height:${s}`:"",a?`width:${a};max-width:100%`:""].filter(Boolean).join(";"),p=r.map((d,m)=>String(t.color_map?.[d.label]??zi[m%zi.length])),h=this.active;return l`${this.label(null)}
      <div class="gr-image gr-annotated ${s?"gr-fixed-height":""}" style=${c||u} role="group" aria-labelledby=${t.label?this.uid+"-label":u}>
        ${i?l`<div class="gr-image-frame">
                <div class="gr-annotated-box" @click=${this.onClick}>
                  <img class="gr-image-img" src=${this.url(i)} alt=${t.label||"Annotated image"} draggable="false" />
                  ${r.map((d,m)=>{let g=JSON.stringify(this.url(d.image));return l`<div
                      class="gr-annotated-mask ${h===m?"gr-active":h!=null?"gr-dim":""}"
                      style="background:${p[m]};-webkit-mask-image:url(${g});mask-image:url(${g})"
                    ></div>`})}
                </div>
                ${Q(t,["fullscreen"]).includes("fullscreen")?l`<div class="gr-img-toolbar">${_("fullscreen","Full screen",()=>ct(this.querySelector(".gr-annotated-box")))}</div>`:u}
              </div>`:W()}
      </div>
      ${t.show_legend!==!1&&r.length?l`<div class="gr-annotated-legend" role="group" aria-label="Legend">
            ${r.map((d,m)=>l`<button
                type="button"
                class="gr-annotated-label ${h===m?"gr-active":""}"
                style="--gr-ann:${p[m]}"
                @mouseenter=${()=>this.active=m}
                @mouseleave=${()=>this.active=null}
                @focus=${()=>this.active=m}
                @blur=${()=>this.active=null}
                @click=${()=>this.emit("select",{index:m,value:d.label,selected:!0})}
              >
                ${d.label}
              </button>`)}
          </div>`:u}`}updated(){for(let t of this.value?.annotations??[])R(t?.image)&&this.maskData(this.url(t.image))}maskData(t){let e=this.masks.get(t);return e||(e=It(t).then(i=>{let r=document.createElement("canvas");r.width=i.naturalWidth,r.height=i.naturalHeight;let s=r.getContext("2d",{willReadFrequently:!0});return s.drawImage(i,0,0),s.getImageData(0,0,r.width,r.height)}).catch(()=>null),this.masks.size>64&&this.masks.clear(),this.masks.set(t,e)),e}};v("annotatedimage",We);var Ye=class extends b{constructor(){super(...arguments);this.pos=null;this.ups=[new nt(this),new nt(this)];this.dragging=null;this.onDown=t=>{t.button>0||!this.pair[0]||!this.pair[1]||(t.currentTarget.setPointerCapture(t.pointerId),this.dragging=t.pointerId,t.preventDefault(),this.move(t),this.querySelector(".gr-imgslider-handle")?.focus({preventScroll:!0}))};this.onMove=t=>{this.dragging===t.pointerId&&this.move(t)};this.onUp=t=>{this.dragging===t.pointerId&&(this.dragging=null)};this.onKey=t=>{let e=t.shiftKey?10:1,i=this.position,r={ArrowLeft:i-e,ArrowDown:i-e,ArrowRight:i+e,ArrowUp:i+e,PageDown:i-10,PageUp:i+10,Home:0,End:100};t.key in r&&(t.preventDefault(),this.pos=Math.max(0,Math.min(100,r[t.key])))}}static{this.properties={...b.properties,pos:{state:!0}}}get pair(){let t=Array.isArray(this.value)?this.value:[];return[R(t[0])?t[0]:null,R(t[1])?t[1]:null]}get position(){let t=this.pos??Number(this.props.slider_position??50);return Math.max(0,Math.min(100,Number.isFinite(t)?t:50))}url(t){return this.host?.fileURL(t)??t.url??""}render(){let t=this.props,[e,i]=this.pair,r=K(t.max_height),s=t.label||"Image",a;if(this.interactive&&(!e||!i))a=l`<div class="gr-imgslider-inputs">
        ${[e,i].map((c,p)=>c?l`<div class="gr-image-frame">
                <img class="gr-image-img" src=${this.url(c)} alt="${s}, ${p?"right":"left"}" />
                <div class="gr-img-toolbar">${_("close",`Remove the ${p?"right":"left"} image`,()=>this.set(p,null))}</div>
              </div>`:this.ups[p].zone({id:`${this.uid}-${p}`,onFiles:h=>{this.take(p,h)},prompt:l`<span>Drop the ${p?"right (after)":"left (before)"} image here</span>`}))}
      </div>`;else if(!e&&!i)a=W();else{let c=e??i,p=e&&i?i:null,h=this.position,d=Q(t,["download","fullscreen"]);a=l`<div class="gr-image-frame">
        <div
          class="gr-imgslider-view"
          style=${r?`--gr-imgslider-h:${r}`:u}
          @pointerdown=${this.onDown}
          @pointermove=${this.onMove}
          @pointerup=${this.onUp}
          @pointercancel=${this.onUp}
        >
          <img class="gr-imgslider-img" src=${this.url(c)} alt="${s}${p?", left":""}" draggable="false" />
          ${p?l`<img class="gr-imgslider-img gr-imgslider-top" src=${this.url(p)} alt="${s}, right" draggable="false" style="clip-path:inset(0 0 0 ${h}%)" />
                <div
                  class="gr-imgslider-handle"
                  style="left:${h}%"
                  role="slider"
                  tabindex="0"
                  aria-label="Divider between the two images"
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${Math.round(h)}
                  aria-valuetext="${Math.round(h)}% of the left image shown"
                  @keydown=${this.onKey}
                ></div>`:u}
        </div>
        <div class="gr-img-toolbar">
          ${d.includes("download")?lt(this.url(p??c),p??c):u}
          ${d.includes("fullscreen")?_("fullscreen","Full screen",()=>ct(this.querySelector(".gr-imgslider-view"))):u}
          ${this.interactive?_("close","Clear",()=>this.clear()):u}
        </div>
      </div>`}return l`${this.label(null)}
      <div class="gr-image gr-imgslider" role="group" aria-labelledby=${t.label?this.uid+"-label":u}>${a}</div>
      ${this.ups[0].errorView()}${this.ups[1].errorView()}`}move(t){let e=t.currentTarget.getBoundingClientRect();this.pos=Math.max(0,Math.min(100,(t.clientX-e.left)/e.width*100))}async take(t,e){let i=e.find(a=>ut(a,["image"])),r=this.ups[t];if(!i)return r.fail("Please choose an image file.");if(r.busy)return;let s=await r.send([i]);s&&(this.set(t,s[0]),this.emit("upload"))}set(t,e){let i=this.pair;i[t]=e,this.userValue(i)}clear(){this.ups.forEach(t=>t.error=""),this.userValue([null,null]),this.emit("clear"),this.updateComplete.then(()=>this.querySelector(".gr-file-input")?.focus())}};v("imageslider",Ye);var Xe=class extends b{constructor(){super(...arguments);this.grid=null;this.loading=!1;this.loadError=""}get gridId(){return this.uid}commit(t){this.userValue(t)}labelTemplate(){return this.label(null)}render(){return this.grid?this.grid.render():(this.loading||(this.loading=!0,import("./chunk-6M6NTHTL.js").then(t=>{this.grid=new t.Grid(this),this.requestUpdate()},t=>{this.loadError=`The table could not be loaded: ${t?.message??t}`,this.requestUpdate()})),l`${this.label(null)}
      <div class="gr-df gr-df-loading" aria-busy="true">
        ${this.loadError?l`<div class="gr-df-error" role="alert">${this.loadError}</div>`:u}
      </div>`)}};v("dataframe",Xe);var Vt=null,Je=null;function wr(){return Je??=import("./chunk-O5CNGO7P.js").then(o=>{Vt=o.default??o},o=>{throw Je=null,o}),Je}var vt=new Map,xr=2e3;function kr(o,n){let t=vt.get(o);if(t!=null)return vt.delete(o),vt.set(o,t),t;let e=n();return vt.set(o,e),vt.size>xr&&vt.delete(vt.keys().next().value),e}function Qe(o,n){return ti(o,n).join("")}function ti(o,n){let t=`${n.sanitize?1:0}${n.lineBreaks?1:0}${Vt?1:0}${JSON.stringify(n.delimiters)}${JSON.stringify(n.allowTags??!1)}`,{source:e,math:i}=_r(o??"",n.delimiters);if(i.length&&!Vt&&n.onMath){let s=n.onMath;wr().then(s,()=>{})}return(/^ {0,3}\[[^\]]+\]:/m.test(e)?[e]:Mr(e)).map(s=>{let a=i.length?s.replace(/GRMATH(\d+)X/g,(c,p)=>i[Number(p)]?.raw??c):s;return kr(t+a,()=>Er(s,i,n))})}function Mr(o){let n;try{n=_i.lex(o,{gfm:!0})}catch{return[o]}let t=[];for(let e of n)e.type!=="space"&&t.push(e.raw);return t.length?t:[o]}function Er(o,n,t){let e=st(o,{sanitize:!1,lineBreaks:t.lineBreaks});return t.allowTags&&(e=Cr(e,t.allowTags)),t.sanitize&&(e=Tt(e)),e=Lr(e),n.length&&(e=e.replace(/GRMATH(\d+)X/g,(i,r)=>{let s=n[Number(r)];return s?Tr(s):i})),e}function Tr(o){if(!Vt)return`<span class="gr-chat-math-pending">${Ze(o.raw)}</span>`;try{return Vt.renderToString(o.tex,{displayMode:o.display,throwOnError:!1,output:"htmlAndMathml",trust:!1,strict:"ignore"})}catch{return`<code class="gr-chat-math-error">${Ze(o.raw)}</code>`}}function _r(o,n){let t=[],e=(n??[]).filter(c=>c&&c.left&&c.right).sort((c,p)=>p.left.length-c.left.length);if(e.length===0||!e.some(c=>o.includes(c.left)))return{source:o,math:t};let i="",r=0,s=o.length,a=!0;for(;r<s;){if(a){let h=/^( {0,3})(`{3,}|~{3,})/.exec(o.slice(r,r+40));if(h){let d=h[2],m=new RegExp(`\\n {0,3}${d[0]==="`"?"`":"~"}{${d.length},}[ \\t]*(?=\\n|$)`,"g");m.lastIndex=r+h[0].length;let g=m.exec(o),f=g?g.index+g[0].length:s;i+=o.slice(r,f),r=f,a=!1;continue}}let c=o[r];if(c==="\\"&&r+1<s){let h=o[r+1];if(!e.some(m=>o.startsWith(m.left,r))||h==="$"){i+=c+h,r+=2,a=!1;continue}}if(c==="`"){let h=1;for(;o[r+h]==="`";)h++;let d="`".repeat(h),m=o.indexOf(d,r+h);if(m>=0){i+=o.slice(r,m+h),r=m+h,a=!1;continue}i+=d,r+=h,a=!1;continue}let p=!1;for(let h of e){if(!o.startsWith(h.left,r))continue;let d=o.indexOf(h.right,r+h.left.length);if(d<0)continue;let m=o.slice(r+h.left.length,d);if(h.left==="$"&&(m.trim()===""||/^\s|\s$/.test(m))||m.trim()==="")continue;let g=o.slice(r,d+h.right.length),f=`GRMATH${t.length}X`;t.push({tex:m,display:h.display,raw:g}),i+=f,r=d+h.right.length,p=!0;break}if(p){a=!1;continue}i+=c,a=c===`
`,r++}return{source:i,math:t}}var Sr=new Set("a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script search section select slot small source span strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track u ul var video wbr svg math center font strike tt big".split(" "));function Cr(o,n){let t=Array.isArray(n)?new Set(n.map(e=>e.toLowerCase())):null;return o.replace(/<(\/?)([a-zA-Z][\w-]*)([^<>]*)>/g,(e,i,r,s)=>{let a=String(r).toLowerCase();return(t?t.has(a):!Sr.has(a))?`&lt;${i}${r}${Ze(s)}&gt;`:e})}function Lr(o){return o.includes("<pre><code")?o.replace(/<pre><code/g,'<div class="gr-chat-code"><button type="button" class="gr-chat-code-copy" aria-label="Copy code">Copy</button><pre><code').replace(/<\/code><\/pre>/g,"</code></pre></div>"):o}function Ze(o){return o.replace(/[&<>"']/g,n=>({"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"})[n])}function Ui(o,n){let t=st(o??"",{sanitize:n}).trim(),e=/^<p>([\s\S]*)<\/p>$/.exec(t);return e&&!e[1].includes("<p>")?e[1]:t}function ji(o){let t=o.target?.closest?.(".gr-chat-code-copy");if(!t)return!1;let e=t.parentElement?.querySelector("pre")?.textContent??"";return navigator.clipboard?.writeText(e).then(()=>Vi(t,"Copied"),()=>Vi(t,"Copy failed")),!0}function Vi(o,n){o.textContent=n,setTimeout(()=>o.textContent="Copy",1500)}var ri=class extends b{constructor(){super(...arguments);this.showScroll=!1;this.editing=null;this.tick=0;this.pinned=!0;this.lastTop=0;this.prevCount=0;this.prevLastLen=-1;this.feedback=new Map;this.open=new Map;this.parts=new Map;this.resize=null;this.busyTimer=0;this.busyWatch=null;this.busyFrame=0;this.shown="";this.onScroll=()=>{let t=this.log;if(!t)return;let e=t.scrollTop;Ki(t)?this.pinned=!0:e<this.lastTop-1&&(this.pinned=!1),this.lastTop=e,this.pinned&&this.showScroll&&(this.showScroll=!1)};this.scrollDown=()=>{this.pinned=!0,this.showScroll=!1,this.toBottom(),this.log?.focus({preventScroll:!0})};this.onClick=t=>{if(ji(t))return;let e=t.target;e.closest("button, a, input, textarea, select, audio, video, summary, details, gradio-audio, gradio-video")||String(window.getSelection?.()??"")===""&&this.selectAt(e)};this.onKey=t=>{if(t.key!=="Enter"||!this.props._selectable)return;let e=t.target;e.classList.contains("gr-chat-bubble")&&this.selectAt(e.querySelector(".gr-chat-msg, .gr-chat-thought")??e)};this.onEditKey=t=>{t.key==="Escape"?(t.preventDefault(),this.editing=null):t.key==="Enter"&&(t.ctrlKey||t.metaKey)&&!t.isComposing&&(t.preventDefault(),this.saveEdit())};this.saveEdit=()=>{let t=this.editing;if(!t||!Array.isArray(this.value))return;this.editing=null;let e=this.value.map((i,r)=>r===t.index?{...i,content:[{type:"text",text:t.text}]}:i);this.userValue(e),this.emit("edit",{index:t.index,value:t.text,previous_value:t.previous})}}static{this.properties={...b.properties,showScroll:{state:!0},editing:{state:!0},tick:{state:!0}}}get log(){return this.querySelector(":scope > .gr-chatbot > .gr-chat-log")}connectedCallback(){super.connectedCallback(),this.resize=new ResizeObserver(()=>{this.pinned&&this.props.autoscroll!==!1&&this.toBottom()});let t=this.querySelector(".gr-chat-messages");t&&this.resize.observe(t);let e=this.parentElement;e&&(this.busyWatch=new MutationObserver(()=>this.watchBusy(e)),this.busyWatch.observe(e,{attributes:!0,attributeFilter:["aria-busy"]}))}disconnectedCallback(){super.disconnectedCallback(),this.resize?.disconnect(),this.resize=null,this.busyWatch?.disconnect(),this.busyWatch=null,cancelAnimationFrame(this.busyFrame),clearTimeout(this.busyTimer)}contentKey(){let t=Array.isArray(this.value)?this.value:[];return`${t.length}:${t.length?si(t[t.length-1]):-1}`}watchBusy(t){cancelAnimationFrame(this.busyFrame);let e=()=>{this.contentKey()!==this.shown&&this.requestUpdate(),t.getAttribute("aria-busy")==="true"&&(this.busyFrame=requestAnimationFrame(e))};e()}async scheduleUpdate(){document.visibilityState!=="hidden"&&await new Promise(t=>{let e=setTimeout(t,100);requestAnimationFrame(()=>{clearTimeout(e),t()})}),super.scheduleUpdate()}messages(){let t=Array.isArray(this.value)?this.value:[],e=[];return t.forEach((i,r)=>{if(Array.isArray(i)){i.forEach((s,a)=>{s!=null&&e.push({index:r,role:a===0?"user":"assistant",parts:qi(s),metadata:null,options:null,raw:i,children:[]})});return}!i||typeof i!="object"||e.push({index:r,role:String(i.role??"assistant"),parts:qi(i.content),metadata:i.metadata&&typeof i.metadata=="object"?i.metadata:null,options:Array.isArray(i.options)?i.options.filter(s=>s&&s.value!=null):null,raw:i,children:[]})}),e}willUpdate(t){t.has("value")&&this.editing&&!Array.isArray(this.value)&&(this.editing=null)}render(){let t=this.props,e=this.messages(),i=Bi(e),r=t.layout==="panel"?"panel":"bubble",s=Array.isArray(t.buttons)?t.buttons.filter(f=>typeof f=="string"):["copy","copy_all"],a=t.height===void 0?400:t.height,c=a!=null&&a!=="auto"&&a!=="",p=[c?`height:${ii(a)}`:"",t.min_height!=null?`min-height:${ii(t.min_height)}`:"",t.max_height!=null?`max-height:${ii(t.max_height)}`:""].filter(Boolean).join(";"),h=i[i.length-1],d=e[e.length-1],m=h&&h.role==="assistant"?d?.options:null,g=t.label?this.uid+"-label":null;return l`${this.label(null)}
      <div class="gr-chatbot gr-chat-${r} ${t.resizable?"gr-chat-resizable":""} ${c?"gr-chat-fixed":""}" style=${p}>
        ${e.length?l`<div class="gr-chat-toolbar">
              ${s.includes("copy_all")?mt("copy","Copy conversation",f=>this.copyText(f,Ar(e))):u}
              ${mt("trash","Clear conversation",()=>this.clear())}
            </div>`:u}
        <div
          class="gr-chat-log"
          role="log"
          aria-live="polite"
          aria-labelledby=${g??u}
          aria-label=${g?u:"Chatbot conversation"}
          tabindex="0"
          dir=${t.rtl?"rtl":u}
          @scroll=${this.onScroll}
          @click=${this.onClick}
          @keydown=${this.onKey}
        >
          <div class="gr-chat-messages">
            ${e.length===0?this.emptyView():i.map((f,$)=>{let k=$===i.length-1,w=[...f.all.map(F=>F.raw),k?Dr(f):0,k,t,this.tick,this.editing?.group===$?this.editing:null,this.interactive];return Ot(w,()=>this.groupView(f,$,k,r,s))})}
            ${m&&m.length?l`<div class="gr-chat-options" role="group" aria-label="Suggested replies">
                  ${m.map((f,$)=>l`<button type="button" class="gr-chat-option" @click=${()=>this.emit("option_select",{index:$,value:f.value})}>
                        ${f.label||f.value}
                      </button>`)}
                </div>`:u}
            ${h&&h.role==="user"?l`<div class="gr-chat-pending" aria-hidden="true"><span></span><span></span><span></span></div>`:u}
          </div>
        </div>
        ${this.showScroll?l`<button type="button" class="gr-chat-scroll" @click=${this.scrollDown}>
              <span aria-hidden="true">↓</span> New messages
            </button>`:u}
      </div>`}emptyView(){let t=this.props,e=Array.isArray(t.examples)?t.examples:[];return!t.placeholder&&e.length===0?l``:l`<div class="gr-chat-empty">
      ${t.placeholder?l`<div class="gr-prose gr-chat-placeholder">${O(Qe(String(t.placeholder),this.mdOptions()))}</div>`:u}
      ${e.length?l`<div class="gr-chat-examples" role="group" aria-label="Examples">
            ${e.map((i,r)=>{let s=Array.isArray(i?.files)?i.files.filter(et):[],a=i?.display_text??i?.text??"";return l`<button
                type="button"
                class="gr-chat-example"
                @click=${()=>this.emit("example_select",{index:r,value:{text:i?.text??"",files:i?.files??[]}})}
              >
                ${et(i?.icon)?l`<img class="gr-chat-example-icon" src=${this.url(i.icon)} alt="" />`:u}
                ${a?l`<span class="gr-chat-example-text">${a}</span>`:u}
                ${s.length?l`<span class="gr-chat-example-files">
                      ${s.map(c=>Gi(c)==="image"?l`<img class="gr-chat-example-thumb" src=${this.url(c)} alt=${P(c)} />`:l`<span class="gr-chat-example-file">${P(c)}</span>`)}
                    </span>`:u}
              </button>`})}
          </div>`:u}
    </div>`}groupView(t,e,i,r,s){let a=this.props,c=t.role==="user"?"user":t.role==="system"?"system":"assistant",p=Array.isArray(a.avatar_images)?a.avatar_images:[],h=c==="system"?null:p[c==="user"?0:1],d=typeof h=="string"?h:et(h)?this.url(h):null,m=a.group_consecutive_messages!==!1,g=a._selectable===!0,f=this.editing?.group===e?this.editing:null,$=w=>l`<div class="gr-chat-bubble ${g?"gr-chat-selectable":""}">${w}</div>`,k;return f?k=l`<div class="gr-chat-bubble gr-chat-editing">
        <textarea
          class="gr-input gr-textarea gr-chat-edit"
          aria-label="Edit message"
          rows=${Math.min(12,Math.max(2,f.text.split(`
`).length))}
          .value=${A(f.text)}
          @input=${w=>this.editing={...f,text:w.target.value}}
          @keydown=${this.onEditKey}
        ></textarea>
        <div class="gr-chat-edit-buttons">
          <button type="button" class="gr-button gr-primary gr-sm" @click=${this.saveEdit}>Save</button>
          <button type="button" class="gr-button gr-secondary gr-sm" @click=${()=>this.editing=null}>Cancel</button>
        </div>
      </div>`:m?k=$(t.top.map(w=>this.messageView(w))):k=t.top.map(w=>$(this.messageView(w))),l`<div class="gr-chat-row gr-chat-${c}">
      ${d?l`<img class="gr-chat-avatar" src=${d} alt="${c} avatar" />`:u}
      <div class="gr-chat-col">${k} ${f?u:this.actions(t,e,i,c,s)}</div>
    </div>`}actions(t,e,i,r,s){let a=this.props,c=t.all.map(le).filter(Boolean).join(`

`),p=[];if(s.includes("copy")&&c&&p.push(mt("copy","Copy message",g=>{this.copyText(g,c),this.emit("copy",{index:t.first,value:c})})),a.likeable===!0&&(r==="assistant"||r==="user"&&a.like_user_message===!0)){let g=Array.isArray(a.feedback_options)?a.feedback_options.map(String):["Like","Dislike"],f=this.feedbackOf(t,e);g.includes("Like")&&p.push(mt("like","Like",()=>this.like(t,!0),f===!0)),g.includes("Dislike")&&p.push(mt("dislike","Dislike",()=>this.like(t,!1),f===!1));let $=g.filter(k=>k!=="Like"&&k!=="Dislike");$.length&&p.push(l`<details class="gr-chat-feedback">
          <summary class="gr-icon-button gr-chat-btn" aria-label="More feedback" title="More feedback">${ni("flag")}</summary>
          <div class="gr-chat-feedback-menu" role="group" aria-label="Feedback">
            ${$.map(k=>l`<button type="button" class="gr-chat-feedback-option" aria-pressed=${String(f===k)} @click=${w=>{w.currentTarget.closest("details")?.removeAttribute("open"),this.like(t,k)}}>${k}</button>`)}
          </div>
        </details>`)}i&&r==="assistant"&&(a._retryable&&p.push(mt("retry","Retry",()=>this.undoRetry("retry"))),a._undoable&&p.push(mt("undo","Undo",()=>this.undoRetry("undo"))));let d=t.top[0],m=d&&d.parts.length>0&&d.parts.every(g=>(g.type??"text")==="text");return d&&m&&(a.editable==="all"||a.editable==="user"&&r==="user")&&p.push(mt("edit","Edit message",()=>{let g=le(d);this.editing={group:e,index:d.index,text:g,previous:g},this.updateComplete.then(()=>this.querySelector(".gr-chat-edit")?.focus())})),p.length===0?u:l`<div class="gr-chat-actions" role="group" aria-label="${r==="user"?"Your":"Assistant"} message actions">${p}</div>`}messageView(t){let e=l`${t.parts.map((r,s)=>this.partView(t,r,s))}${t.children.map(r=>this.messageView(r))}`,i=t.metadata;if(i&&i.title){let r=i.id!=null?`id:${i.id}`:`i:${t.index}`,s=i.status==="pending",a=this.open.get(r)??i.status!=="done",c=`${this.uid}-thought-${t.index}`;return l`<div class="gr-chat-thought ${s?"gr-chat-thought-pending":""}" data-index=${t.index}>
        <button
          type="button"
          class="gr-chat-thought-head"
          aria-expanded=${String(a)}
          aria-controls=${c}
          @click=${()=>{this.open.set(r,!a),this.tick++}}
        >
          <span class="gr-chat-caret" aria-hidden="true"></span>
          ${s?l`<span class="gr-chat-spinner" role="status" aria-label="Running"></span>`:u}
          <span class="gr-chat-thought-title">${O(Ui(i.title,this.props.sanitize_html!==!1))}</span>
          ${i.log?l`<span class="gr-chat-thought-log">${i.log}</span>`:u}
          ${typeof i.duration=="number"?l`<span class="gr-chat-thought-duration">${Fr(i.duration)}</span>`:u}
        </button>
        <div class="gr-chat-thought-body" id=${c} ?hidden=${!a}>${e}</div>
      </div>`}return l`<div class="gr-chat-msg" data-index=${t.index}>${e}</div>`}partView(t,e,i){switch(e.type??(e.file?"file":e.component?"component":"text")){case"text":{let s=String(e.text??"");return this.props.render_markdown===!1?l`<div class="gr-chat-plain">${s}</div>`:l`<div class="gr-prose gr-chat-md">${ti(s,this.mdOptions()).map(a=>O(a))}</div>`}case"file":return(Array.isArray(e.file)?e.file:e.file?[e.file]:[]).filter(et).map(a=>this.fileView(a,e.alt_text??null));case"component":return this.componentView(t,e,i);default:return l`<pre class="gr-chat-json">${JSON.stringify(e,null,2)}</pre>`}}fileView(t,e){let i=this.url(t),r=P(t),s=this.props.allow_file_downloads!==!1,a=s?l`<a class="gr-chat-download" href=${i} download=${r} target="_blank" rel="noopener">Download ${r}</a>`:u;switch(Gi(t)){case"image":return l`<figure class="gr-chat-media"><img class="gr-chat-image" src=${i} alt=${e??r} loading="lazy" /></figure>`;case"audio":return l`<figure class="gr-chat-media"><audio controls preload="metadata" src=${i} title=${e??r}></audio>${a}</figure>`;case"video":return l`<figure class="gr-chat-media"><video controls preload="metadata" src=${i} title=${e??r}></video>${a}</figure>`;default:{let c=Yt(t.size);return l`<a class="gr-chat-file" href=${i} download=${s?r:u} target="_blank" rel="noopener">
          <span class="gr-chat-file-icon" aria-hidden="true">${ni("file")}</span>
          <span class="gr-chat-file-name">${r}</span>${c?l`<span class="gr-chat-file-size">${c}</span>`:u}
        </a>`}}}componentView(t,e,i){let r=String(e.component??""),s=e.value,a=p=>(Array.isArray(p)?p:[p]).map(h=>et(h)?h:et(h?.image)?h.image:et(h?.video)?h.video:null).filter(Boolean);switch(r){case"image":case"audio":case"video":case"file":case"gallery":if(a(s).length)return a(s).map(p=>this.fileView(p,e.alt_text??null));break;case"markdown":if(typeof s=="string")return l`<div class="gr-prose gr-chat-md">${O(Qe(s,this.mdOptions()))}</div>`;break;case"html":if(typeof s=="string")return l`<div class="gr-chat-html">${O(this.props.sanitize_html===!1?s:Tt(s))}</div>`;break}let c=r&&r!=="chatbot"?Qt(r):void 0;if(c){let p=`${t.index}:${i}`,h={...e.constructor_args??{},...e.props??{},show_label:!1,container:!1},d=JSON.stringify([h,s]),m=this.parts.get(p);if(!m||m.kind!==r){let g=document.createElement(c);g.host=this.host,g.interactive=!1,m={kind:r,json:"",el:g},this.parts.set(p,m)}if(m.json!==d){let g=m.el;g.props=h,g.value=s,m.json=d}return l`<div class="gr-chat-component">${m.el}</div>`}return l`<pre class="gr-chat-json">${JSON.stringify(s,null,2)}</pre>`}mdOptions(){let t=this.props,e=Array.isArray(t.latex_delimiters)?t.latex_delimiters:[{left:"$$",right:"$$",display:!0}];return{sanitize:t.sanitize_html!==!1,lineBreaks:t.line_breaks!==!1,delimiters:e,allowTags:t.allow_tags===!0||Array.isArray(t.allow_tags)?t.allow_tags:!1,onMath:()=>this.tick++}}url(t){return this.host?this.host.fileURL(t):t.url??t.path}firstUpdated(){let t=this.querySelector(".gr-chat-messages");t&&this.resize?.observe(t)}updated(t){let e=this.querySelector(".gr-chat-messages");e&&this.resize?.observe(e);let i=this.contentKey();if(!t.has("value")&&i===this.shown)return;this.shown=i;let r=this.log;if(!r)return;let s=Array.isArray(this.value)?this.value:[],a=s.length,c=s[a-1],p=c?si(c):-1;a>this.prevCount&&c?.role==="user"&&(this.pinned=!0),a===this.prevCount&&p!==this.prevLastLen&&(r.setAttribute("aria-busy","true"),clearTimeout(this.busyTimer),this.busyTimer=window.setTimeout(()=>r.removeAttribute("aria-busy"),1e3));let h=a!==this.prevCount||p!==this.prevLastLen;if(this.prevCount=a,this.prevLastLen=p,a===0){this.pinned=!0,this.showScroll=!1;return}this.props.autoscroll!==!1&&this.pinned?this.toBottom():h&&!Ki(r)&&!this.showScroll&&(this.showScroll=!0)}toBottom(){let t=this.log;if(!t)return;let e=t.scrollHeight-t.clientHeight;e>t.scrollTop&&(t.scrollTop=e),this.lastTop=t.scrollTop}selectAt(t){let e=t.closest(".gr-chat-msg, .gr-chat-thought");if(!e)return;let i=Number(e.dataset.index),r=this.messages().find(s=>s.index===i);r&&this.emit("select",{index:i,value:ei(r)})}feedbackOf(t,e){if(this.feedback.has(t.first))return this.feedback.get(t.first);let i=this.props.feedback_value;if(!Array.isArray(i))return null;let s=Bi(this.messages()).slice(0,e).filter(c=>c.role==="assistant").length,a=i[s];return a==="Like"?!0:a==="Dislike"?!1:a??null}like(t,e){this.feedback.set(t.first,e),this.tick++,this.emit("like",{index:t.first,value:t.all.map(ei),liked:e})}undoRetry(t){let e=this.messages(),i=e.length-1;for(;i>0&&e[i].role==="assistant";)i--;let r=e[i];r&&this.emit(t,{index:r.index,value:ei(r)})}clear(){this.editing=null,this.feedback.clear(),this.open.clear(),this.parts.clear(),this.userValue([]),this.emit("clear")}copyText(t,e){let i=t.currentTarget;this.props.watermark&&(e+=`

${this.props.watermark}`);let r=i.getAttribute("aria-label")??"";navigator.clipboard?.writeText(e).then(()=>{i.classList.add("gr-chat-copied"),i.setAttribute("aria-label","Copied"),i.title="Copied",setTimeout(()=>{i.classList.remove("gr-chat-copied"),i.setAttribute("aria-label",r),i.title=r},1500)},()=>{})}};function qi(o){if(o==null)return[];if(typeof o=="string")return[{type:"text",text:o}];if(Array.isArray(o))return o.map(n=>typeof n=="string"?{type:"text",text:n}:et(n)?{type:"file",file:n}:n).filter(Boolean);if(typeof o=="object"){let n=o;return et(n)?[{type:"file",file:n}]:n.file||n.path?[{type:"file",file:n.file??n,alt_text:n.alt_text??null}]:[n]}return[{type:"text",text:String(o)}]}function Bi(o){let n=[];for(let t of o){let e=n[n.length-1];(!e||e.role!==t.role)&&(e={role:t.role,top:[],all:[],first:t.index},n.push(e)),e.all.push(t)}for(let t of n){let e=new Map;for(let i of t.all){i.children=[];let r=i.metadata?.parent_id,s=r!=null?e.get(String(r)):void 0;s?s.children.push(i):t.top.push(i),i.metadata?.id!=null&&e.set(String(i.metadata.id),i)}}return n}function le(o){return o.parts.filter(t=>(t.type??"text")==="text").map(t=>String(t.text??"")).join(`
`)}function ei(o){return o.parts.every(n=>(n.type??"text")==="text")?le(o):o.parts.length===1?o.parts[0]:o.parts}function Ar(o){return o.map(n=>{let t=le(n)||n.parts.map(e=>e.file&&et(e.file)?P(e.file):"").filter(Boolean).join(", ");return`${n.role}: ${t}`}).join(`

`)}function si(o){let n=o?.content;if(typeof n=="string")return n.length;if(!Array.isArray(n))return 0;let t=n.length;for(let e of n)e&&typeof e.text=="string"&&(t+=e.text.length);return o?.metadata?.status&&(t+=o.metadata.status.length*1e3),t}function Dr(o){let n=o.all[o.all.length-1];return`${o.all.length}:${si(n.raw)}:${n.metadata?.status??""}:${n.metadata?.duration??""}`}function Ki(o){return o.scrollHeight-o.scrollTop-o.clientHeight<48}function et(o){return o!=null&&typeof o=="object"&&(typeof o.path=="string"||typeof o.url=="string")}function Gi(o){let n=(o.mime_type??"").toLowerCase();if(n.startsWith("image/"))return"image";if(n.startsWith("audio/"))return"audio";if(n.startsWith("video/"))return"video";let t=(P(o).split(".").pop()??"").toLowerCase();return["png","jpg","jpeg","gif","webp","svg","avif","bmp","ico"].includes(t)?"image":["mp3","wav","ogg","oga","flac","m4a","aac","opus","weba"].includes(t)?"audio":["mp4","webm","ogv","mov","m4v","mkv"].includes(t)?"video":"file"}function Fr(o){if(o<60)return`${o<10?o.toFixed(1):Math.round(o)}s`;let n=Math.floor(o/60);return`${n}m ${Math.round(o-n*60)}s`}function ii(o){return typeof o=="number"?`${o}px`:String(o)}var Hr={copy:"M9 9h11v11H9zM5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1",trash:"M3 6h18M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6M10 11v6M14 11v6M9 6V4h6v2",like:"M7 10v11M15 5.9 14 10h5.8a2 2 0 0 1 2 2.3l-1.4 7A2 2 0 0 1 18.4 21H7V10l4-8a3 3 0 0 1 4 3.9zM3 10h4v11H3z",dislike:"M17 14V3M9 18.1 10 14H4.2a2 2 0 0 1-2-2.3l1.4-7A2 2 0 0 1 5.6 3H17v11l-4 8a3 3 0 0 1-4-3.9zM21 14h-4V3h4z",retry:"M21 12a9 9 0 1 1-2.6-6.4M21 3v6h-6",undo:"M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11",edit:"M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z",flag:"M4 22V4M4 4h13l-2 4 2 4H4",file:"M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zM14 2v6h6"};function ni(o){return l`<svg class="gr-chat-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${Hr[o]} /></svg>`}function mt(o,n,t,e){return l`<button
    type="button"
    class="gr-icon-button gr-chat-btn"
    aria-label=${n}
    title=${n}
    aria-pressed=${e==null?u:String(e)}
    @click=${t}
  >
    ${ni(o)}
  </button>`}v("chatbot",ri);var Pr=["#f97316","#3b82f6","#22c55e","#ef4444","#a855f7","#eab308","#06b6d4","#ec4899","#84cc16","#6366f1"],ai=class extends b{constructor(){super(...arguments);this.error="";this.loading=!1;this.handle=null;this.seq=0;this.drawn=void 0;this.ro=null}static{this.properties={...b.properties,error:{state:!0},loading:{state:!0}}}connectedCallback(){super.connectedCallback(),this.ro=new ResizeObserver(t=>{let e=Math.floor(t[0]?.contentRect.width??0);this.handle?.resize(e)}),this.drawn!==void 0&&(this.drawn=void 0,this.requestUpdate())}disconnectedCallback(){super.disconnectedCallback(),this.ro?.disconnect(),this.ro=null,this.handle?.finalize(),this.handle=null,this.seq++}render(){let t=this.props,e=this.value,i=e&&typeof e=="object"?String(e.type??""):"",r=e&&typeof e=="object"?e.plot:null,s;if(e==null||r==null||r==="")s=l`<div class="gr-plot-empty">No plot</div>`;else if(i==="altair"||i==="vega"||i==="vega-lite")s=l`<div class="gr-plot-vega" role="figure" aria-label=${t.label||"Chart"} aria-busy=${this.loading?"true":"false"}></div>
        ${this.loading?l`<div class="gr-plot-loading"><span class="gr-spinner" aria-hidden="true"></span> Loading chart…</div>`:u}`;else if(i==="svg"||typeof r=="string"&&r.trimStart().startsWith("<svg")){let a=Si.sanitize(String(r),{USE_PROFILES:{svg:!0,svgFilters:!0}});s=l`<div class="gr-plot-svg" role="img" aria-label=${t.label||"Chart"}>${O(a)}</div>`}else i==="matplotlib"||typeof r=="string"&&r.startsWith("data:image/")?s=/^data:image\/[a-z0-9.+-]+[;,]/i.test(String(r))?l`<img class="gr-plot-img" src=${String(r)} alt=${t.label||"Plot"} />`:l`<div class="gr-plot-error" role="alert">The plot is not an image data URL.</div>`:s=l`<div class="gr-plot-error" role="alert">Plots of type “${i||"unknown"}” cannot be shown here.</div>`;return l`${this.label(null)}
      <div class="gr-plot">
        ${s}
        ${this.error?l`<div class="gr-plot-error" role="alert">${this.error}</div>`:u}
        ${t.caption?l`<div class="gr-plot-caption">${t.caption}</div>`:u}
      </div>`}willUpdate(t){t.has("value")&&this.value!==this.drawn&&(this.error="")}updated(){let t=this.value,e=t&&typeof t=="object"?String(t.type??""):"";if(t===this.drawn||(this.drawn=t,this.handle?.finalize(),this.handle=null,e!=="altair"&&e!=="vega"&&e!=="vega-lite"))return;let i=this.querySelector(".gr-plot-vega");i&&this.draw(i,t.plot)}async draw(t,e){let i=++this.seq,r;try{if(r=typeof e=="string"?JSON.parse(e):e,!r||typeof r!="object")throw new Error("the spec is not a JSON object")}catch(s){this.error=`This chart's spec cannot be read: ${s.message}`;return}this.loading=!0;try{let{renderVega:s}=await import("./chunk-NITJ6PCP.js");if(i!==this.seq)return;t.replaceChildren();let a=getComputedStyle(this),c=(h,d)=>a.getPropertyValue(h).trim()||d,p=await s(t,r,{text:c("--gr-text","#27272a"),muted:c("--gr-text-muted","#71717a"),border:c("--gr-border","#e4e4e7"),font:c("--gr-font","sans-serif"),palette:Pr},h=>{i===this.seq&&(this.error=h)});if(i!==this.seq){p.finalize();return}this.handle=p,this.ro?.observe(t)}catch(s){i===this.seq&&(this.error=`This chart cannot be drawn: ${s.message??s}`)}finally{i===this.seq&&(this.loading=!1)}}};v("plot",ai);var Wi=["#f97316","#3b82f6","#22c55e","#ef4444","#a855f7","#eab308","#06b6d4","#ec4899","#84cc16","#6366f1","#14b8a6","#f43f5e"],ci=class extends b{constructor(){super(...arguments);this.width=0;this.model=null;this.ro=null;this.drag=null;this.fullscreen=()=>{document.fullscreenElement?document.exitFullscreen():this.requestFullscreen?.().catch(()=>{})};this.exportSVG=()=>{let t=this.querySelector("svg.gr-nplot");if(!t)return;let e=t.cloneNode(!0);e.querySelector(".gr-nplot-overlay")?.remove(),e.setAttribute("xmlns","http://www.w3.org/2000/svg");let i=t.querySelectorAll(".gr-nplot-axes *, .gr-nplot-marks *"),r=e.querySelectorAll(".gr-nplot-axes *, .gr-nplot-marks *");i.forEach((c,p)=>{let h=getComputedStyle(c);for(let d of["fill","stroke","stroke-width","fill-opacity","font","stroke-dasharray"])r[p]?.setAttribute(d==="font"?"style":d,d==="font"?`font:${h.font}`:h.getPropertyValue(d))});let s=new Blob([new XMLSerializer().serializeToString(e)],{type:"image/svg+xml"}),a=document.createElement("a");a.href=URL.createObjectURL(s),a.download=`${String(this.props.title||this.props.label||"plot").replace(/[^\w.-]+/g,"_")}.svg`,a.click(),setTimeout(()=>URL.revokeObjectURL(a.href),1e3)};this.onDown=t=>{if(t.button!==0||!this.brushable())return;let e=this.model,[i,r]=this.svgX(t);i<e.left||i>e.left+e.w||r<e.top||r>e.top+e.h||(this.drag={x:i,id:t.pointerId},t.currentTarget.setPointerCapture?.(t.pointerId),this.hideTip(),t.preventDefault())};this.onMove=t=>{let e=this.model;if(!e)return;let[i,r]=this.svgX(t);if(this.drag){let s=Ct(Math.min(this.drag.x,i),e.left,e.left+e.w),a=Ct(Math.max(this.drag.x,i),e.left,e.left+e.w),c=this.querySelector(".gr-nplot-brush");c&&(c.setAttribute("x",String(s)),c.setAttribute("width",String(a-s)),c.setAttribute("visibility","visible"));return}if(i<e.left-4||i>e.left+e.w+4||r<e.top-4||r>e.top+e.h+4)return this.hideTip();this.hover(e,i,r,t)};this.onUp=t=>{let e=this.drag,i=this.model;if(this.drag=null,!e||!i)return;let[r]=this.svgX(t),s=Ct(Math.min(e.x,r),i.left,i.left+i.w),a=Ct(Math.max(e.x,r),i.left,i.left+i.w);if(a-s<3){this.clearBrush();return}let c=Math.abs(i.x1-i.x0)/Math.max(1,i.w),p=i.xKind==="time"?0:Math.max(0,Math.min(12,1-Math.floor(Math.log10(c||1)))),h=m=>{let g=Number((i.x0+(m-i.left)/i.w*(i.x1-i.x0)).toFixed(p));return i.xKind==="time"?g/1e3:g},d=[h(s),h(a)];this.emit("select",{index:d,value:d,selected:!0})};this.onLeave=()=>{this.drag||this.hideTip()};this.onDouble=()=>{this.clearBrush(),this.emit("double_click")}}static{this.properties={...b.properties,width:{state:!0}}}connectedCallback(){super.connectedCallback(),this.ro=new ResizeObserver(e=>{let i=Math.floor(e[0]?.contentRect.width??0);i>0&&Math.abs(i-this.width)>=1&&(this.width=i)});let t=this.querySelector(".gr-nplot-box");t&&this.ro.observe(t)}disconnectedCallback(){super.disconnectedCallback(),this.ro?.disconnect()}firstUpdated(){let t=this.querySelector(".gr-nplot-box");t&&this.ro?.observe(t)}updated(t){t.has("value")&&this.clearBrush()}render(){let t=this.props,e=this.value,i=e&&Array.isArray(e.columns)&&Array.isArray(e.data),r=typeof t.height=="number"?t.height:300,s=typeof t.width=="number"?t.width:this.width,a=i&&s>0?this.build(e,s,r):null;this.model=a;let c=i?this.summary(e,a):"Empty plot",p=Array.isArray(t.buttons)?t.buttons:[];return l`${this.label(null)}
      ${a&&p.length?l`<div class="gr-nplot-buttons">
            ${p.includes("export")?l`<button type="button" class="gr-icon-button gr-nplot-btn" aria-label="Download the chart as SVG" title="Download as SVG" @click=${this.exportSVG}>
                  ${Yi("M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4M7 10l5 5 5-5M12 15V3")}
                </button>`:u}
            ${p.includes("fullscreen")?l`<button type="button" class="gr-icon-button gr-nplot-btn" aria-label="Full screen" title="Full screen" @click=${this.fullscreen}>
                  ${Yi("M8 3H5a2 2 0 0 0-2 2v3M21 8V5a2 2 0 0 0-2-2h-3M3 16v3a2 2 0 0 0 2 2h3M16 21h3a2 2 0 0 0 2-2v-3")}
                </button>`:u}
          </div>`:u}
      ${t.title?l`<div class="gr-nplot-title">${t.title}</div>`:u}
      ${a&&a.series.length>1?this.legend(a):u}
      <div class="gr-nplot-box" style="min-height:${r}px">
        ${i?a?l`<svg
                  class="gr-nplot"
                  role="img"
                  aria-label=${c}
                  width=${s}
                  height=${r}
                  viewBox="0 0 ${s} ${r}"
                  @pointerdown=${this.onDown}
                  @pointermove=${this.onMove}
                  @pointerup=${this.onUp}
                  @pointercancel=${this.onUp}
                  @pointerleave=${this.onLeave}
                  @dblclick=${this.onDouble}
                >
                  ${Ot([e,t,s,r],()=>this.chart(a,e,s,r))}
                  <g class="gr-nplot-overlay">
                    <line class="gr-nplot-rule" x1="0" x2="0" y1=${a.top} y2=${a.top+a.h} visibility="hidden"></line>
                    <g class="gr-nplot-marks-hl"></g>
                    <rect class="gr-nplot-brush" x="0" y=${a.top} width="0" height=${a.h} visibility="hidden"></rect>
                    <rect class="gr-nplot-hit ${this.brushable()?"gr-nplot-brushable":""}" x=${a.left} y=${a.top} width=${Math.max(0,a.w)} height=${Math.max(0,a.h)}></rect>
                  </g>
                </svg>
                <div class="gr-nplot-tip" role="presentation" hidden></div>`:u:l`<div class="gr-nplot-empty">No data</div>`}
        ${i?Ot([e],()=>this.table(e,c)):u}
      </div>
      ${t.caption?l`<div class="gr-nplot-caption">${t.caption}</div>`:u}`}build(t,e,i){let r=this.props,s=t.columns.map(String),a=String(r.x??s[0]??""),c=String(r.y??s[1]??""),p=s.indexOf(a),h=s.indexOf(c);if(p<0||h<0)return null;let d=r.color!=null&&s.includes(String(r.color))?String(r.color):null,m=d?s.indexOf(d):-1,g=t.datatypes??{},f=t.mark==="bar"?"bar":t.mark==="point"?"point":r.name==="barplot"?"bar":r.name==="scatterplot"?"point":"line",$=g[a]??Vr(t.data.map(y=>y[p])),k=f==="bar"||$!=="quantitative"&&$!=="temporal"?"band":$==="temporal"?"time":"linear",w=y=>$==="temporal"?Zi(y):$==="quantitative"?y==null||y===""||!Number.isFinite(Number(y))?null:Number(y):y==null?null:String(y),F=[],M=new Map,S=r.color_map&&typeof r.color_map=="object"?r.color_map:{},E=[];t.data.forEach((y,H)=>{let L=w(y[p]),x=Number(y[h]);if(L==null||typeof L=="number"&&!Number.isFinite(L)||y[h]==null||!Number.isFinite(x))return;let T=m>=0?String(y[m]??""):"",C=M.get(T);C==null&&(C=F.length,F.push(T),M.set(T,C)),E.push({x:L,y:x,s:C,row:H})});let D=r.x_bin!=null?$==="temporal"?Ur(r.x_bin):Number(r.x_bin):0;D>0&&typeof E[0]?.x=="number"&&(E=E.map(y=>({...y,x:Math.floor(y.x/D)*D})));let N=String(r.y_aggregate??(D>0||f==="bar"?"sum":""));N&&(E=jr(E,N));let it=typeof r.x_axis_format=="string"&&r.x_axis_format?r.x_axis_format:"",$t=y=>it&&typeof y=="number"?Ji(it,y):$==="temporal"?Xi(Number(y),0):typeof y=="number"?yt(y):String(y),Ft=[],ge=new Map;if(k==="band"){let y=new Map;for(let x of E)y.has(z(x.x))||y.set(z(x.x),x.x);let H=[...y.values()];($==="quantitative"||$==="temporal")&&H.sort((x,T)=>x-T);let L=r.sort;if(Array.isArray(L)){let x=new Map(L.map((T,C)=>[String(T),C]));H.sort((T,C)=>(x.get(String(T))??1e9)-(x.get(String(C))??1e9))}else if(L==="x"||L==="-x")H.sort((x,T)=>typeof x=="number"&&typeof T=="number"?x-T:String(x).localeCompare(String(T))),L==="-x"&&H.reverse();else if(L==="y"||L==="-y"){let x=new Map;for(let T of E)x.set(z(T.x),(x.get(z(T.x))??0)+T.y);H.sort((T,C)=>(x.get(z(T))??0)-(x.get(z(C))??0)),L==="-y"&&H.reverse()}Ft=H.map(z),ge=new Map(H.map(x=>[z(x),D>0&&typeof x=="number"?`${$t(x)}–${$t(x+D)}`:$t(x)]))}let fe=new Map;if(f==="bar"){let y=new Map,H=new Map;for(let L of[...E].sort((x,T)=>x.s-T.s)){let x=L.y<0?H:y,T=x.get(z(L.x))??0;fe.set(L,T),x.set(z(L.x),T+L.y)}}let cr=f==="bar"?E.map(y=>fe.get(y)+y.y):E.map(y=>y.y),[be,ve]=li(cr);f==="bar"&&(be=Math.min(0,be),ve=Math.max(0,ve));let wt=Array.isArray(r.y_lim)?r.y_lim:[],Ht=ue(wt[0]??be,wt[1]??ve,Math.max(2,Math.round(i/60))),ye=wt[0]!=null?Number(wt[0]):Ht.min,$e=wt[1]!=null?Number(wt[1]):Ht.max,vi=typeof r.y_axis_format=="string"&&r.y_axis_format?r.y_axis_format:"",yi=y=>vi?Ji(vi,y):yt(y,Ht.step),we=Number(r.x_label_angle)||0,$i=Number(r.y_label_angle)||0,ur=Math.max(...Ht.ticks.map(y=>Qi(yi(y))),10),xt=Math.ceil(ur*Math.abs(Math.cos($i*Math.PI/180))+8+4)+(r.y_title!==""?18:0),wi=r.x_axis_labels_visible!==!1,xe=30;k==="band"?xe=Math.max(...Ft.map(y=>Qi(ge.get(y)??y)),10):xe=k==="time"?70:40;let xi=we*Math.PI/180,pr=wi?we?Math.abs(Math.sin(xi))*Math.min(xe,160)+Math.abs(Math.cos(xi))*12+8:20:4,hr=Math.ceil(pr+(r.x_title!==""?20:4)),Gt=10,Wt=Math.max(10,e-xt-16),ki=Math.max(10,i-Gt-hr),Pt=oi(ye,$e,Gt+ki,Gt),kt=0,Mt=1,Rt=[];if(k==="band"){let y=Wt/Math.max(1,Ft.length),H=y*.8,L=new Map(Ft.map((x,T)=>[x,T]));for(let x of E){let T=L.get(z(x.x)),C=xt+T*y+(y-H)/2,J=xt+T*y+y/2;if(f==="bar"){let Mi=fe.get(x);Rt.push({...x,px:J,py:Pt(Mi+x.y),py0:Pt(Mi),bx:C,bw:H})}else Rt.push({...x,px:J,py:Pt(x.y)})}}else{let y=E.map(C=>C.x),[H,L]=li(y),x=Array.isArray(r.x_lim)?r.x_lim:[];if(k==="linear"){let C=ue(x[0]??H,x[1]??L,Math.max(2,Math.floor(Wt/80)));kt=x[0]!=null?Number(x[0]):C.min,Mt=x[1]!=null?Number(x[1]):C.max}else{let C=J=>typeof J=="number"&&Math.abs(J)<1e11?J*1e3:Zi(J);kt=x[0]!=null?C(x[0])??H:H,Mt=x[1]!=null?C(x[1])??L:L,kt===Mt&&(kt-=864e5/2,Mt+=864e5/2)}let T=oi(kt,Mt,xt,xt+Wt);for(let C of E)Rt.push({...C,px:T(C.x),py:Pt(C.y)});f==="line"&&Rt.sort((C,J)=>C.s-J.s||C.x-J.x)}let dr=F.map((y,H)=>S[y]??Wi[H%Wi.length]),mr=Ht.ticks.filter(y=>y>=Math.min(ye,$e)-1e-9&&y<=Math.max(ye,$e)+1e-9);return{mark:f,xKind:k,series:F,colors:dr,points:Rt,bands:Ft,left:xt,top:Gt,w:Wt,h:ki,x0:kt,x1:Mt,xCol:a,yCol:c,cCol:d,fmtX:$t,fmtY:yi,bandLabel:ge,yTicks:mr,sy:Pt,xAngle:we,yAngle:$i,xLabelsVisible:wi}}chart(t,e,i,r){let s=this.props,{sy:a,yTicks:c,xAngle:p,yAngle:h}=t,d=t.top+t.h,m=p<0?"end":p>0?"start":"middle",g=(M,S)=>p?V`<text class="gr-nplot-label" text-anchor=${m} transform="translate(${M},${d+10}) rotate(${p})" dy="0.35em">${S}</text>`:V`<text class="gr-nplot-label" x=${M} y=${d+16} text-anchor="middle">${S}</text>`,f=[];if(t.xKind==="band"){let M=t.w/Math.max(1,t.bands.length),S=p?1:Math.max(1,Math.ceil(t.bands.length/Math.max(1,Math.floor(t.w/60))));f=t.bands.map((E,D)=>{let N=t.left+D*M+M/2;return V`<line class="gr-nplot-tick" x1=${N} x2=${N} y1=${d} y2=${d+4}></line>
          ${t.xLabelsVisible&&D%S===0?g(N,zr(t.bandLabel.get(E)??E,24)):u}`})}else{let M=Math.max(2,Math.floor(t.w/(t.xKind==="time"?110:80))),S=t.xKind==="time"?Nr(t.x0,t.x1,M):ue(t.x0,t.x1,M),E=oi(t.x0,t.x1,t.left,t.left+t.w);f=S.ticks.filter(D=>D>=Math.min(t.x0,t.x1)-1e-9&&D<=Math.max(t.x0,t.x1)+1e-9).map(D=>{let N=E(D),it=s.x_axis_format?t.fmtX(D):t.xKind==="time"?Xi(D,S.step):yt(D,S.step);return V`<line class="gr-nplot-grid" x1=${N} x2=${N} y1=${t.top} y2=${d}></line>
            <line class="gr-nplot-tick" x1=${N} x2=${N} y1=${d} y2=${d+4}></line>
            ${t.xLabelsVisible?g(N,it):u}`})}let $=c.map(M=>{let S=a(M);return V`<line class="gr-nplot-grid" x1=${t.left} x2=${t.left+t.w} y1=${S} y2=${S}></line>
        <text class="gr-nplot-label" text-anchor="end" dy="0.32em" transform="translate(${t.left-6},${S})${h?` rotate(${h})`:""}">${t.fmtY(M)}</text>`}),k=s.x_title??t.xCol,w=s.y_title??t.yCol,F;return t.mark==="line"?F=t.series.map((M,S)=>{let E=t.points.filter(it=>it.s===S),D=E.map((it,$t)=>`${$t?"L":"M"}${it.px.toFixed(1)},${it.py.toFixed(1)}`).join(""),N=E.length===1?V`<circle cx=${E[0].px} cy=${E[0].py} r="3" fill=${t.colors[S]}></circle>`:u;return V`<path class="gr-nplot-line" d=${D} stroke=${t.colors[S]}></path>${N}`}):t.mark==="point"?F=t.points.map(M=>V`<circle class="gr-nplot-point" cx=${M.px.toFixed(1)} cy=${M.py.toFixed(1)} r="4" fill=${t.colors[M.s]}></circle>`):F=t.points.map(M=>{let S=Ct(Math.min(M.py,M.py0),t.top,d),E=Ct(Math.max(M.py,M.py0),t.top,d);return V`<rect class="gr-nplot-bar" x=${M.bx.toFixed(1)} y=${S.toFixed(1)} width=${Math.max(1,M.bw-1).toFixed(1)} height=${(E-S).toFixed(1)} fill=${t.colors[M.s]}></rect>`}),V`<g class="gr-nplot-axes">
        ${$}${f}
        <line class="gr-nplot-axis" x1=${t.left} x2=${t.left+t.w} y1=${d} y2=${d}></line>
        <line class="gr-nplot-axis" x1=${t.left} x2=${t.left} y1=${t.top} y2=${d}></line>
        ${k?V`<text class="gr-nplot-axis-title" x=${t.left+t.w/2} y=${r-4} text-anchor="middle">${k}</text>`:u}
        ${w?V`<text class="gr-nplot-axis-title" text-anchor="middle" transform="translate(12,${t.top+t.h/2}) rotate(-90)">${w}</text>`:u}
      </g>
      <g class="gr-nplot-marks">${F}</g>`}legend(t){let e=this.props.colors_in_legend,i=t.series.map((s,a)=>[s,a]).filter(([s])=>!Array.isArray(e)||e.map(String).includes(s));if(i.length===0)return u;let r=this.props.color_title??t.cCol;return l`<div class="gr-nplot-legend" aria-hidden="true">
      ${r?l`<span class="gr-nplot-legend-title">${r}</span>`:u}
      ${i.map(([s,a])=>l`<span class="gr-nplot-legend-item"
          ><span class="gr-nplot-swatch ${t.mark==="line"?"gr-nplot-swatch-line":""}" style="background:${t.colors[a]}"></span>${s}</span
        >`)}
    </div>`}summary(t,e){let i=this.props,r=i.name==="barplot"||t.mark==="bar"?"Bar":i.name==="scatterplot"||t.mark==="point"?"Scatter":"Line",s=i.x_title||i.x||t.columns[0],a=i.y_title||i.y||t.columns[1],c=`${r} plot${i.title?`: ${i.title}`:""}. ${a} by ${s}`;if(e&&e.cCol&&e.series.length&&(c+=`, coloured by ${i.color_title||e.cCol} (${e.series.length} series: ${e.series.slice(0,8).join(", ")}${e.series.length>8?", …":""})`),c+=`. ${t.data.length} row${t.data.length===1?"":"s"}`,e&&e.points.length){let p=li(e.points.map(h=>h.y));e.xKind!=="band"&&(c+=`; ${s} from ${e.fmtX(Math.min(...e.points.map(h=>h.x)))} to ${e.fmtX(Math.max(...e.points.map(h=>h.x)))}`),c+=`; ${a} from ${yt(p[0])} to ${yt(p[1])}`}return c+"."}table(t,e){let r=t.data.slice(0,1e3);return l`<table class="gr-sr-only">
      <caption>
        ${e}${t.data.length>1e3?" The first 1000 rows:":""}
      </caption>
      <thead>
        <tr>
          ${t.columns.map(s=>l`<th scope="col">${s}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${r.map(s=>l`<tr>${s.map(a=>l`<td>${a==null?"":String(a)}</td>`)}</tr>`)}
      </tbody>
    </table>`}svgX(t){let e=t.currentTarget,i=e.getBoundingClientRect(),r=e.viewBox.baseVal,s=r&&r.width?r.width/i.width:1;return[(t.clientX-i.left)*s,(t.clientY-i.top)*s]}brushable(){return this.props._selectable===!0&&!!this.model&&this.model.xKind!=="band"}clearBrush(){this.querySelector(".gr-nplot-brush")?.setAttribute("visibility","hidden")}hover(t,e,i,r){let s=this.props.tooltip??"axis";if(s==="none"||t.points.length===0)return this.hideTip();let a=[];if(t.mark==="bar"){let h=t.w/Math.max(1,t.bands.length),d=Math.floor((e-t.left)/h),m=t.bands[d];if(m==null)return this.hideTip();let g=t.points.filter($=>z($.x)===m),f=g.find($=>e>=$.bx&&e<=$.bx+$.bw);a=s==="axis"?g:f?[f]:[]}else{let h=null,d=1/0;for(let m of t.points){let g=m.px-e,f=t.mark==="line"&&s==="axis"?0:m.py-i,$=g*g+f*f;$<d&&(d=$,h=m)}if(!h||t.mark==="point"&&d>900)return this.hideTip();a=t.mark==="line"&&s==="axis"?t.points.filter(m=>z(m.x)===z(h.x)):[h]}if(a.length===0)return this.hideTip();let c=this.querySelector(".gr-nplot-marks-hl");c&&c.replaceChildren(...t.mark==="bar"?[]:a.map(h=>{let d=document.createElementNS("http://www.w3.org/2000/svg","circle");return d.setAttribute("cx",String(h.px)),d.setAttribute("cy",String(h.py)),d.setAttribute("r","5"),d.setAttribute("fill",t.colors[h.s]),d.setAttribute("class","gr-nplot-hl"),d}));let p=this.querySelector(".gr-nplot-rule");if(p){let h=t.mark==="line";p.setAttribute("visibility",h?"visible":"hidden"),p.setAttribute("x1",String(a[0].px)),p.setAttribute("x2",String(a[0].px))}this.showTip(t,a,s,r)}showTip(t,e,i,r){let s=this.querySelector(".gr-nplot-tip"),a=this.value;if(!s)return;let c=[],p=w=>t.xKind==="band"?t.bandLabel.get(z(w.x))??String(w.x):t.fmtX(w.x),h=this.props.x_title||t.xCol,d=this.props.y_title||t.yCol;if(Array.isArray(i)||i==="all"){let w=e[0],F=Array.isArray(i)?[...new Set([t.xCol,t.yCol,...t.cCol?[t.cCol]:[],...i.map(String)])]:a.columns.map(String);if(w.row>=0){let M=a.data[w.row];for(let S of F){let E=a.columns.indexOf(S);E>=0&&c.push([S,Ir(M[E]),null])}}else c.push([h,p(w),null],[d,t.fmtY(w.y),null]),t.cCol&&c.push([t.cCol,t.series[w.s],t.colors[w.s]])}else if(e.length>1||t.cCol&&t.mark!=="point"){c.push([h,p(e[0]),null]);for(let w of e)c.push([t.cCol?t.series[w.s]:d,t.fmtY(w.y),t.cCol?t.colors[w.s]:null])}else{let w=e[0];c.push([h,p(w),null],[d,t.fmtY(w.y),null]),t.cCol&&c.push([t.cCol,t.series[w.s],t.colors[w.s]])}s.replaceChildren(...c.map(([w,F,M])=>{let S=document.createElement("div"),E=document.createElement("span");if(E.className="gr-nplot-tip-key",M){let N=document.createElement("span");N.className="gr-nplot-swatch",N.style.background=M,E.append(N)}E.append(w);let D=document.createElement("span");return D.className="gr-nplot-tip-value",D.textContent=F,S.append(E,D),S})),s.hidden=!1;let m=s.parentElement.getBoundingClientRect(),g=r.clientX-m.left+14,f=r.clientY-m.top+14,$=s.offsetWidth,k=s.offsetHeight;g+$>m.width&&(g=Math.max(0,r.clientX-m.left-$-14)),f+k>m.height&&(f=Math.max(0,r.clientY-m.top-k-14)),s.style.transform=`translate(${Math.round(g)}px,${Math.round(f)}px)`}hideTip(){let t=this.querySelector(".gr-nplot-tip");t&&(t.hidden=!0),this.querySelector(".gr-nplot-marks-hl")?.replaceChildren(),this.querySelector(".gr-nplot-rule")?.setAttribute("visibility","hidden")}};function Yi(o){return V`<svg class="gr-chat-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${o}></path></svg>`}function oi(o,n,t,e){let i=(e-t)/(n-o||1);return r=>t+(r-o)*i}function li(o){let n=1/0,t=-1/0;for(let e of o)e<n&&(n=e),e>t&&(t=e);return n===1/0?[0,1]:n===t?n===0?[0,1]:[Math.min(0,n),Math.max(0,t)]:[n,t]}function ue(o,n,t){o=Number(o),n=Number(n),(!Number.isFinite(o)||!Number.isFinite(n))&&([o,n]=[0,1]),o>n&&([o,n]=[n,o]),o===n&&(o-=.5,n+=.5);let e=(n-o)/Math.max(1,t),i=10**Math.floor(Math.log10(e)),r=e/i;r>=7.5?i*=10:r>=3.5?i*=5:r>=1.5&&(i*=2);let s=Math.floor(o/i)*i,a=Math.ceil(n/i)*i,c=[];for(let p=s,h=0;p<=a+i/2&&h<1e3;p=s+ ++h*i)c.push(Or(p));return{ticks:c,min:s,max:a,step:i}}var Lt=1e3,at=60*Lt,At=60*at,I=24*At,Rr=[Lt,5*Lt,15*Lt,30*Lt,at,5*at,15*at,30*at,At,3*At,6*At,12*At,I,2*I,7*I,30*I,91*I,365*I];function Nr(o,n,t){let e=Math.max(1,n-o),i=Rr.find(a=>e/a<=t)??0;if(!i){let a=ue(new Date(o).getFullYear(),new Date(n).getFullYear(),t).step;i=Math.max(1,Math.round(a))*365*I}let r=[],s=new Date(o);if(i>=365*I){let a=Math.max(1,Math.round(i/(365*I))),c=Math.ceil(s.getFullYear()/a)*a;for(let p=new Date(c,0,1).getTime();p<=n;c+=a,p=new Date(c,0,1).getTime())p>=o&&r.push(p)}else if(i>=30*I){let a=i>=91*I?3:1,c=s.getFullYear(),p=Math.ceil(s.getMonth()/a)*a;for(let h=0;h<500;h++,p+=a){let d=new Date(c,p,1).getTime();if(d>n)break;d>=o&&r.push(d)}}else if(i>=I){let a=new Date(s.getFullYear(),s.getMonth(),s.getDate()).getTime();for(let c=a,p=0;c<=n&&p<1e3;c+=i,p++)c>=o&&r.push(c)}else{let a=new Date(o).getTimezoneOffset()*at;for(let c=Math.ceil((o-a)/i)*i+a,p=0;c<=n&&p<1e3;c+=i,p++)r.push(c)}return{ticks:r,step:i}}var B=o=>String(o).padStart(2,"0"),pe=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"];function Xi(o,n){let t=new Date(o);if(Number.isNaN(t.getTime()))return"";let e=`${B(t.getHours())}:${B(t.getMinutes())}`;if(n===0){let i=`${t.getFullYear()}-${B(t.getMonth()+1)}-${B(t.getDate())}`;return t.getHours()===0&&t.getMinutes()===0&&t.getSeconds()===0?i:`${i} ${e}${t.getSeconds()?":"+B(t.getSeconds()):""}`}return n<at?`${e}:${B(t.getSeconds())}`:n<I?t.getHours()===0&&t.getMinutes()===0?`${pe[t.getMonth()]} ${t.getDate()}`:e:n<30*I?`${pe[t.getMonth()]} ${t.getDate()}`:n<365*I?t.getMonth()===0?String(t.getFullYear()):`${pe[t.getMonth()]} ${t.getFullYear()}`:String(t.getFullYear())}function yt(o,n){if(!Number.isFinite(o))return"";let t=Math.abs(o);if(t>=1e6||t>0&&t<1e-4){let i=o.toPrecision(3);return i.includes("e")?Number(i).toExponential(2).replace(/\.?0+e/,"e"):i}let e=n?Math.max(0,Math.min(10,-Math.floor(Math.log10(n)+1e-9))):Number.isInteger(o)?0:Math.min(4,String(o).split(".")[1]?.length??0);return o.toLocaleString("en-US",{minimumFractionDigits:n?e:0,maximumFractionDigits:e})}function Ji(o,n){if(o.includes("%")&&/%[a-zA-Z]/.test(o)){let h=new Date(n),d={Y:()=>String(h.getFullYear()),y:()=>B(h.getFullYear()%100),m:()=>B(h.getMonth()+1),d:()=>B(h.getDate()),e:()=>String(h.getDate()),H:()=>B(h.getHours()),I:()=>B(h.getHours()%12||12),M:()=>B(h.getMinutes()),S:()=>B(h.getSeconds()),L:()=>String(h.getMilliseconds()).padStart(3,"0"),p:()=>h.getHours()<12?"AM":"PM",b:()=>pe[h.getMonth()],B:()=>h.toLocaleString("en-US",{month:"long"}),a:()=>h.toLocaleString("en-US",{weekday:"short"}),A:()=>h.toLocaleString("en-US",{weekday:"long"}),"%":()=>"%"};return o.replace(/%([a-zA-Z%])/g,(m,g)=>d[g]?d[g]():m)}let t=/^([$])?(,)?(?:\.(\d+))?(~)?([dfe%s])?$/.exec(o.trim());if(!t)return yt(n);let[,e,i,r,s,a]=t,c=r!=null?Number(r):a==="d"?0:void 0,p;return a==="e"?p=n.toExponential(c??6):a==="s"?p=new Intl.NumberFormat("en-US",{notation:"compact",maximumSignificantDigits:c||3}).format(n):(p=(a==="%"?n*100:a==="d"?Math.round(n):n).toLocaleString("en-US",{useGrouping:!!i,minimumFractionDigits:s?0:c??0,maximumFractionDigits:c??6}),a==="%"&&(p+="%")),e&&n<0?"-$"+p.slice(1):e?"$"+p:p}function Ir(o){return o==null?"":typeof o=="number"?yt(o):String(o)}function Or(o){return Number.isFinite(o)?Number(o.toPrecision(12)):o}function Ct(o,n,t){return Math.min(t,Math.max(n,o))}function z(o){return String(o)}function zr(o,n){return o.length>n?o.slice(0,n-1)+"…":o}function Zi(o){if(o==null||o==="")return null;if(typeof o=="number")return o;if(o instanceof Date)return o.getTime();let n=String(o);if(/^-?\d+(\.\d+)?$/.test(n))return Number(n);let t=Date.parse(n);return Number.isNaN(t)?null:t}function Vr(o){let n=o.filter(t=>t!=null).slice(0,20);return n.length&&n.every(t=>typeof t=="number")?"quantitative":n.length&&n.every(t=>typeof t=="string"&&/^\d{4}-\d{2}-\d{2}/.test(t))?"temporal":"nominal"}function Ur(o){if(typeof o=="number")return o*1e3;let n=/^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h|d|w)?\s*$/i.exec(String(o));if(!n)return 0;let t=Number(n[1]),e=(n[2]??"s").toLowerCase();return t*{ms:1,s:Lt,m:at,min:at,h:At,d:I,w:7*I}[e]}function jr(o,n){let t=new Map;for(let e of o){let i=`${e.s}\0${z(e.x)}`,r=t.get(i);r||t.set(i,r={x:e.x,s:e.s,ys:[],row:e.row}),r.ys.push(e.y)}return[...t.values()].map(e=>{let i=e.ys,r;switch(n){case"mean":case"average":r=i.reduce((s,a)=>s+a,0)/i.length;break;case"median":{let s=[...i].sort((c,p)=>c-p),a=s.length>>1;r=s.length%2?s[a]:(s[a-1]+s[a])/2;break}case"min":r=Math.min(...i);break;case"max":r=Math.max(...i);break;case"count":r=i.length;break;default:r=i.reduce((s,a)=>s+a,0)}return{x:e.x,y:r,s:e.s,row:i.length===1?e.row:-1}})}var ce=null;function Qi(o){return ce??=document.createElement("canvas").getContext("2d"),ce?(ce.font="11px system-ui, sans-serif",ce.measureText(o).width):o.length*6.5}v("nativeplot",ci);var qr={python:"python",py:"python",javascript:"javascript",js:"javascript",jsx:"javascript",typescript:"typescript",ts:"typescript",json:"json",html:"xml",xml:"xml",css:"css",sql:"sql",yaml:"yaml",yml:"yaml",go:"go",shell:"bash",bash:"bash",sh:"bash",markdown:"markdown",md:"markdown",dockerfile:"dockerfile",r:"r",c:"c",cpp:"cpp",latex:"latex",jinja2:"django"},tr={markdown:()=>import("./chunk-2OHY5LGP.js"),dockerfile:()=>import("./chunk-5B7EBECT.js"),r:()=>import("./chunk-RVIK462A.js"),c:()=>import("./chunk-GB2F3BYY.js"),cpp:()=>import("./chunk-A2TW5XDJ.js"),latex:()=>import("./chunk-Y4PPYOTS.js"),django:()=>import("./chunk-ISWCA2TR.js")},Br={python:"py",javascript:"js",typescript:"ts",json:"json",html:"html",css:"css",markdown:"md",sql:"sql",yaml:"yaml",go:"go",shell:"sh",bash:"sh",r:"r",dockerfile:"dockerfile",c:"c",cpp:"cpp",latex:"tex",jinja2:"jinja2"};function Kr(o){return o.replace(/[&<>]/g,n=>({"&":"&amp;","<":"&lt;",">":"&gt;"})[n])}function Gr(o){let n=[],t=[],e="",i=/(<span[^>]*>)|(<\/span>)|([^<]+)/g,r;for(;r=i.exec(o);)if(r[1])t.push(r[1]),e+=r[1];else if(r[2])t.pop(),e+=r[2];else{let s=r[3].split(`
`);e+=s[0];for(let a=1;a<s.length;a++)n.push(e+"</span>".repeat(t.length)),e=t.join("")+s[a]}return n.push(e),n}var ui=class extends b{constructor(){super(...arguments);this.ready=!1;this.editor=null;this.editorHost=null;this.loading=!1;this.timer=0;this.pending=null;this.hljsLoaded=new Set;this.download=()=>{let t=(this.language??"").toLowerCase(),e=Br[t]??(t.startsWith("sql")?"sql":"txt"),i=new Blob([this.editor?.doc??this.text],{type:"text/plain;charset=utf-8"}),r=URL.createObjectURL(i),s=document.createElement("a");s.href=r,s.download=`file.${e}`,document.body.append(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(r),1e4)}}static{this.properties={...b.properties,ready:{state:!0}}}get text(){return typeof this.value=="string"?this.value:this.value==null?"":String(this.value)}get language(){let t=this.props.language;return typeof t=="string"&&t?t:null}render(){let t=this.props,e=Array.isArray(t.buttons)?t.buttons:["copy","download"],i=Math.max(1,Number(t.lines)||5),r=Number(t.max_lines)||0,s=`--gr-code-min:calc(${i} * 1.5em + 16px);${r?`--gr-code-max:calc(${r} * 1.5em + 16px);`:""}`,a=this.interactive;return l`${this.label(null)}
      <div class="gr-code ${t.wrap_lines?"gr-code-wrap":""} ${t.show_line_numbers===!1?"":"gr-code-numbered"}" style=${s}>
        ${e.length?l`<div class="gr-code-buttons">
              ${e.includes("copy")?pt(()=>this.editor?.doc??this.text):u}
              ${e.includes("download")?l`<button type="button" class="gr-icon-button gr-code-download" aria-label="Download" title="Download" @click=${this.download}>${j("download")}</button>`:u}
            </div>`:u}
        ${a?l`<div class="gr-code-cm" ?hidden=${!this.ready}></div>`:u}
        ${a&&this.ready?u:this.pre()}
      </div>`}pre(){let t=this.props,e=this.text,i=qr[(this.language??"").toLowerCase()],r;i&&Nt.getLanguage(i)?r=Nt.highlight(e,{language:i,ignoreIllegals:!0}).value:(r=Kr(e),i&&tr[i]&&!this.hljsLoaded.has(i)&&(this.hljsLoaded.add(i),tr[i]().then(a=>{Nt.getLanguage(i)||Nt.registerLanguage(i,a.default),this.requestUpdate()},()=>{})));let s=Gr(r);return l`<pre
      class="gr-code-pre"
      tabindex="0"
      role="region"
      aria-label=${t.label?`${t.label} (code)`:"Code"}
      aria-readonly="true"
      @focus=${()=>this.emit("focus")}
      @blur=${()=>this.emit("blur")}
    ><code class="hljs">${O(s.map(a=>`<span class="gr-code-line">${a}</span>`).join(`
`))}</code></pre>`}updated(t){if(!this.interactive){this.flush(),this.editor?.destroy(),this.editor=null,this.editorHost=null,this.ready&&(this.ready=!1);return}let e=this.querySelector(".gr-code-cm");if(!e)return;if(this.editor&&this.editorHost!==e&&(this.editor.destroy(),this.editor=null),!this.editor){this.loading||this.load(e);return}let i=this.props;t.has("value")&&this.pending==null&&this.editor.setDoc(this.text),t.has("props")&&((t.get("props")??{}).language!==i.language&&this.editor.setLanguage(this.language),this.editor.setOptions({lineNumbers:i.show_line_numbers!==!1,wrap:i.wrap_lines===!0,label:String(i.label||"Code")}))}async load(t){this.loading=!0;try{let{Editor:e}=await import("./chunk-V5PPFT3P.js");if(!this.interactive||!t.isConnected)return;let i=this.querySelector(".gr-code-pre")===document.activeElement,r=this.props;this.editor=new e(t,{doc:this.text,language:this.language,lineNumbers:r.show_line_numbers!==!1,wrap:r.wrap_lines===!0,readOnly:!1,label:String(r.label||"Code"),onChange:s=>this.typed(s),onFocus:()=>this.emit("focus"),onBlur:()=>{this.flush(),this.emit("blur")}}),this.editorHost=t,this.ready=!0,i&&this.updateComplete.then(()=>this.editor?.focus())}catch(e){console.error("The code editor could not be loaded:",e)}finally{this.loading=!1}}typed(t){this.pending=t,clearTimeout(this.timer),this.timer=window.setTimeout(()=>this.flush(),150)}flush(){clearTimeout(this.timer);let t=this.pending;this.pending=null,t!=null&&t!==this.value&&this.userValue(t)}disconnectedCallback(){super.disconnectedCallback(),this.flush()}};v("code",ui);var er=["#ef4444","#22c55e","#3b82f6","#eab308","#a855f7","#14b8a6","#f97316","#06b6d4","#84cc16","#ec4899"];function Wr(o){return Array.isArray(o)?o.map(n=>Array.isArray(n)?{token:String(n[0]??""),class_or_confidence:n[1]??null}:{token:String(n?.token??""),class_or_confidence:n?.class_or_confidence??null}):[]}function Yr(o){let n=Math.min(1,Math.abs(o));return o>=0?`rgb(239 68 68 / ${n})`:`rgb(59 130 246 / ${n})`}var pi=class extends b{constructor(){super(...arguments);this.active=void 0;this.pinned=!1;this.focusIndex=-1;this.menu=null;this.closeMenu=()=>{this.menu=null,window.getSelection()?.removeAllRanges()}}static{this.properties={...b.properties,active:{state:!0},pinned:{state:!0},focusIndex:{state:!0},menu:{state:!0}}}get tokens(){return Wr(this.value)}get shown(){let t=this.tokens;if(!this.props.combine_adjacent||this.interactive)return t.map((r,s)=>({t:r,index:s}));let e=String(this.props.adjacent_separator??""),i=[];return t.forEach((r,s)=>{let a=i[i.length-1];a&&r.class_or_confidence!=null&&a.t.class_or_confidence===r.class_or_confidence?a.t={token:a.t.token+e+r.token,class_or_confidence:r.class_or_confidence}:i.push({t:{...r},index:s})}),i}get scores(){let t=this.tokens.map(e=>e.class_or_confidence).filter(e=>e!=null);return t.length>0&&t.every(e=>typeof e=="number")}get labels(){let t=new Set;for(let e of Object.keys(this.props.color_map??{}))t.add(e);for(let e of this.tokens)typeof e.class_or_confidence=="string"&&t.add(e.class_or_confidence);return[...t]}color(t){let e=this.props.color_map??{};return typeof e[t]=="string"&&e[t]?e[t]:er[Math.max(0,this.labels.indexOf(t))%er.length]}render(){let t=this.props,e=this.scores,i=this.shown,r=i.filter(a=>a.t.class_or_confidence!=null),s=r.some(a=>a.index===this.focusIndex)?this.focusIndex:r[0]?.index??-1;return l`${this.label(null)}
      <div class="gr-ht ${this.active!==void 0?"gr-ht-focusing":""}">
        ${t.show_legend?this.legend(e):u}
        <div
          class="gr-ht-text ${t.show_whitespaces===!1?"":"gr-ht-ws"}"
          role="group"
          aria-labelledby=${t.label?`${this.uid}-label`:u}
          dir=${t.rtl?"rtl":u}
          @mouseup=${this.onMouseup}
          @keydown=${this.onKeydown}
        >
          ${i.length===0?l`<span class="gr-ht-empty">Empty</span>`:u}${i.map(({t:a,index:c})=>this.token(a,c,s))}
        </div>
        ${this.menu?this.menuView():u}
      </div>`}token(t,e,i){let r=t.class_or_confidence;if(r==null)return l`<span class="gr-ht-plain" data-i=${e}><span class="gr-ht-t">${t.token}</span></span>`;let s=typeof r=="number",a=s?Yr(r):`color-mix(in srgb, ${this.color(String(r))} 28%, transparent)`,c=this.active!==void 0&&this.active!==r,p=this.props.show_inline_category!==!1&&!s?l`<span class="gr-ht-cat" aria-hidden="true">${r}</span>`:u;return l`<mark class="gr-ht-token ${c?"gr-ht-dim":""} ${this.active===r?"gr-ht-on":""}" data-i=${e} style="--gr-ht-bg:${a};--gr-ht-c:${s?"transparent":this.color(String(r))}" tabindex=${e===i?"0":"-1"} role="button" aria-label=${`${t.token} (${s?`confidence ${r}`:r})`} @click=${()=>this.pick(e)}><span class="gr-ht-t">${t.token}</span>${p}</mark>`}legend(t){return t?l`<div class="gr-ht-legend gr-ht-scale" aria-label="Confidence scale">
        <span>-1</span><span class="gr-ht-gradient" aria-hidden="true"></span><span>+1</span>
      </div>`:l`<div class="gr-ht-legend" role="toolbar" aria-label="Labels">
      ${this.labels.map(e=>l`<button
          type="button"
          class="gr-ht-label ${this.active===e?"gr-ht-on":""}"
          style="--gr-ht-c:${this.color(e)}"
          aria-pressed=${this.pinned&&this.active===e?"true":"false"}
          @mouseenter=${()=>!this.pinned&&(this.active=e)}
          @mouseleave=${()=>!this.pinned&&(this.active=void 0)}
          @focus=${()=>!this.pinned&&(this.active=e)}
          @blur=${()=>!this.pinned&&(this.active=void 0)}
          @click=${()=>{let i=!(this.pinned&&this.active===e);this.pinned=i,this.active=i?e:void 0}}
        >
          ${e}
        </button>`)}
    </div>`}menuView(){let t=this.menu;return l`<div
      class="gr-ht-menu"
      role="dialog"
      aria-label="Label the selected text"
      style="left:${t.x}px;top:${t.y}px"
      @keydown=${e=>e.key==="Escape"&&this.closeMenu()}
    >
      ${this.labels.map(e=>l`<button type="button" class="gr-ht-label" style="--gr-ht-c:${this.color(e)}" @click=${()=>this.assign(e)}>${e}</button>`)}
      <input
        class="gr-input gr-ht-new"
        placeholder="New label"
        aria-label="New label"
        @keydown=${e=>{let i=e.target.value.trim();e.key==="Enter"&&i&&this.assign(i)}}
      />
      ${t.current!=null?l`<button type="button" class="gr-icon-button" @click=${()=>this.assign(null)}>Remove label</button>`:u}
      <button type="button" class="gr-icon-button" aria-label="Cancel" @click=${this.closeMenu}>×</button>
    </div>`}updated(){this.menu&&!this.contains(document.activeElement)&&this.querySelector(".gr-ht-menu button, .gr-ht-menu input")?.focus()}pick(t){let e=this.tokens[t];if(!e)return;let i=this.shown.find(r=>r.index===t)?.t??e;if(this.focusIndex=t,this.emit("select",{index:t,value:[i.token,i.class_or_confidence],selected:!0}),this.interactive&&window.getSelection()?.isCollapsed!==!1){let r=this.querySelector(`.gr-ht-token[data-i="${t}"]`),s=this.starts();this.openMenu(s[t],s[t]+e.token.length,r?.getBoundingClientRect()??null,e.class_or_confidence)}}onKeydown(t){let e=t.target.closest(".gr-ht-token");if(!e)return;let i=[...this.querySelectorAll(".gr-ht-token")],r=i.indexOf(e),s=-1;if(t.key==="ArrowRight"||t.key==="ArrowDown")s=Math.min(i.length-1,r+1);else if(t.key==="ArrowLeft"||t.key==="ArrowUp")s=Math.max(0,r-1);else if(t.key==="Home")s=0;else if(t.key==="End")s=i.length-1;else if(t.key==="Enter"||t.key===" "){t.preventDefault(),this.pick(Number(e.dataset.i));return}else return;t.preventDefault(),this.focusIndex=Number(i[s].dataset.i),i[s].focus()}starts(){let t=0;return this.tokens.map(e=>{let i=t;return t+=e.token.length,i})}offsetAt(t,e){let i=t instanceof Element?t:t.parentElement,r=i?.closest("[data-i]");if(!r||!this.contains(r))return null;let s=Number(r.dataset.i),a=this.starts()[s],c=this.tokens[s]?.token.length??0;if(t===r)return e>0?a+c:a;let p=r.querySelector(".gr-ht-t");if(!p)return a;if(!p.contains(t))return i?.closest(".gr-ht-cat")?a+c:a;let h=document.createRange();return h.setStart(p,0),h.setEnd(t,e),a+h.toString().length}onMouseup(){if(!this.interactive)return;let t=window.getSelection();if(!t||t.isCollapsed||t.rangeCount===0)return;let e=t.getRangeAt(0),i=this.offsetAt(e.startContainer,e.startOffset),r=this.offsetAt(e.endContainer,e.endOffset);i==null||r==null||i===r||this.openMenu(Math.min(i,r),Math.max(i,r),e.getBoundingClientRect(),null)}openMenu(t,e,i,r){let s=this.querySelector(".gr-ht").getBoundingClientRect(),a=i?Math.max(0,Math.min(i.left-s.left,s.width-240)):0,c=i?i.bottom-s.top+4:0;this.menu={from:t,to:e,x:a,y:c,current:r}}assign(t){let e=this.menu;if(!e)return;let i=[],r=0;for(let a of this.tokens){let c=r,p=r+a.token.length;r=p;let h=[c,Math.max(c,Math.min(p,e.from)),Math.max(c,Math.min(p,e.to)),p];for(let d=0;d<3;d++){if(h[d+1]<=h[d])continue;let m=a.token.slice(h[d]-c,h[d+1]-c),g=d===1,f=i[i.length-1];g&&f&&f._new?f.token+=m:i.push(g?Object.assign({token:m,class_or_confidence:t},{_new:!0}):{token:m,class_or_confidence:a.class_or_confidence})}}let s=i.map(a=>({token:a.token,class_or_confidence:a.class_or_confidence}));this.menu=null,window.getSelection()?.removeAllRanges(),this.userValue(s)}};v("highlightedtext",pi);function Dt(o){let n=/^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(o.trim());return n?`#${(n[1].length===3?[...n[1]].map(e=>e+e).join(""):n[1]).toLowerCase()}`:null}var hi=class extends b{constructor(){super(...arguments);this.draft=null;this.tried=!1}static{this.properties={...b.properties,draft:{state:!0},tried:{state:!0}}}get hex(){return Dt(typeof this.value=="string"?this.value:"")??"#000000"}render(){let t=this.props,e=this.tried&&this.draft!=null&&Dt(this.draft)==null;return l`${this.label(`${this.uid}-hex`)}
      <div class="gr-color" role="group" aria-labelledby=${t.label?`${this.uid}-label`:u}>
        <input
          class="gr-color-swatch"
          type="color"
          aria-label=${`${t.label||"Colour"}: picker`}
          .value=${A(this.hex)}
          ?disabled=${!this.interactive}
          @input=${i=>this.set(i.target.value)}
          @focus=${()=>this.emit("focus")}
          @blur=${()=>this.emit("blur")}
        />
        <input
          id="${this.uid}-hex"
          class="gr-input gr-color-hex"
          spellcheck="false"
          autocomplete="off"
          maxlength="7"
          .value=${A(this.draft??this.hex)}
          ?readonly=${!this.interactive}
          aria-invalid=${e?"true":u}
          aria-describedby=${[t.info?`${this.uid}-info`:"",e?`${this.uid}-err`:""].filter(Boolean).join(" ")||u}
          @input=${this.onType}
          @keydown=${this.onKeydown}
          @focus=${()=>this.emit("focus")}
          @blur=${this.onBlur}
        />
      </div>
      ${e?l`<div id="${this.uid}-err" class="gr-field-error" role="alert">Type a colour as #rrggbb or #rgb.</div>`:u}`}set(t){let e=Dt(t);!e||!this.interactive||(this.draft=null,this.tried=!1,e!==this.value&&this.userValue(e))}onType(t){let e=t.target.value,i=Dt(e);i&&e.replace("#","").length===6?this.set(i):this.draft=e}onKeydown(t){if(!(t.key!=="Enter"||t.isComposing||!this.interactive)){if(t.preventDefault(),this.draft!=null){let e=Dt(this.draft);if(!e){this.tried=!0;return}this.set(e)}this.emit("submit")}}onBlur(){this.draft!=null&&Dt(this.draft)?this.set(this.draft):this.draft=null,this.tried=!1,this.emit("blur")}};v("colorpicker",hi);var Ut=o=>String(o).padStart(2,"0");function di(o,n){let t=n?/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(o):/^(\d{4})-(\d{2})-(\d{2})$/.exec(o);if(!t)return!1;let[e,i,r]=[Number(t[1]),Number(t[2]),Number(t[3])],s=new Date(Date.UTC(e,i-1,r));return s.getUTCFullYear()!==e||s.getUTCMonth()!==i-1||s.getUTCDate()!==r?!1:!n||Number(t[4])<24&&Number(t[5])<60&&Number(t[6])<60}var Xr=/^now(\s*-\s*\d+(\.\d+)?\s*[smhdw])?$/;function Jr(o,n,t){let e=new Date(o*1e3),i;try{i=Object.fromEntries(new Intl.DateTimeFormat("en-CA",{timeZone:t,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit",hourCycle:"h23"}).formatToParts(e).map(s=>[s.type,s.value]))}catch{i={year:String(e.getFullYear()),month:Ut(e.getMonth()+1),day:Ut(e.getDate()),hour:Ut(e.getHours()),minute:Ut(e.getMinutes()),second:Ut(e.getSeconds())}}let r=`${i.year}-${i.month}-${i.day}`;return n?`${r} ${i.hour}:${i.minute}:${i.second}`:r}var mi=class extends b{constructor(){super(...arguments);this.draft=null}static{this.properties={...b.properties,draft:{state:!0}}}get withTime(){return this.props.include_time!==!1}get shown(){let t=this.value;return typeof t=="number"&&Number.isFinite(t)?Jr(t,this.withTime,this.props.timezone||void 0):typeof t=="string"?t:""}willUpdate(t){t.has("value")&&(this.draft=null)}error(t){let e=t.trim();return e===""||Xr.test(e)||di(e,this.withTime)?"":this.withTime?"Enter a date and time as YYYY-MM-DD HH:MM:SS.":"Enter a date as YYYY-MM-DD."}render(){let t=this.props,e=this.draft??this.shown,i=this.draft!=null?this.error(this.draft):"",r=di(this.shown,this.withTime)?this.withTime?this.shown.replace(" ","T"):this.shown:"";return l`${this.label()}
      <div class="gr-datetime">
        <input
          id=${this.uid}
          class="gr-input gr-datetime-text"
          inputmode="numeric"
          spellcheck="false"
          autocomplete="off"
          placeholder=${this.withTime?"YYYY-MM-DD HH:MM:SS":"YYYY-MM-DD"}
          .value=${A(e)}
          ?readonly=${!this.interactive}
          aria-invalid=${i?"true":u}
          aria-describedby=${[t.info?`${this.uid}-info`:"",i?`${this.uid}-err`:""].filter(Boolean).join(" ")||u}
          @input=${s=>this.draft=s.target.value}
          @keydown=${this.onKeydown}
          @focus=${()=>this.emit("focus")}
          @blur=${this.onBlur}
        />
        ${this.interactive?l`<span class="gr-datetime-pick">
              <button type="button" class="gr-icon-button gr-datetime-btn" aria-label="Pick a date" title="Pick a date" @click=${this.openPicker}>
                <svg class="gr-img-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zM16 2v4M8 2v4M3 10h18" /></svg>
              </button>
              <input
                class="gr-datetime-native"
                type=${this.withTime?"datetime-local":"date"}
                step=${this.withTime?"1":u}
                tabindex="-1"
                aria-hidden="true"
                .value=${A(r)}
                @change=${this.onPick}
              />
            </span>`:u}
      </div>
      ${i?l`<div id="${this.uid}-err" class="gr-field-error" role="alert">${i}</div>`:u}`}commit(){if(this.draft==null)return!0;let t=this.draft.trim();if(this.error(t))return!1;this.draft=null;let e=di(t,this.withTime)?t.replace("T"," "):t;return e!==this.value&&this.userValue(e),!0}onKeydown(t){if(t.key==="Escape"&&this.draft!=null){this.draft=null;return}t.key!=="Enter"||t.isComposing||!this.interactive||(t.preventDefault(),this.commit()&&this.emit("submit"))}onBlur(){this.commit(),this.emit("blur")}openPicker(t){let e=t.currentTarget.nextElementSibling;if(e)try{e.showPicker()}catch{e.focus(),e.click()}}onPick(t){let e=t.target.value;if(!e)return;let i=e.replace("T"," ");this.withTime&&/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(i)&&(i+=":00"),this.draft=null,i!==this.value&&this.userValue(i),this.querySelector(".gr-datetime-text")?.focus()}};v("datetime",mi);function he(o){let n=o??{};return{text:typeof n.text=="string"?n.text:"",files:Array.isArray(n.files)?n.files.filter(t=>t&&typeof t=="object"):[]}}function Zr(o){return(o.mime_type??"").startsWith("image/")||/\.(png|jpe?g|gif|webp|bmp|svg|avif)$/i.test(P(o))}var gi=class extends b{constructor(){super(...arguments);this.progress=null;this.dragging=!1;this.error="";this.submit=()=>{!this.interactive||this.progress!=null||this.emit("submit")}}static{this.properties={...b.properties,progress:{state:!0},dragging:{state:!0},error:{state:!0}}}get multiple(){return this.props.file_count==="multiple"||this.props.file_count==="directory"}get canUpload(){let t=this.props.sources;return this.interactive&&(!Array.isArray(t)||t.includes("upload"))}render(){let t=this.props,e=he(this.value),i=this.progress!=null,r=Math.max(1,Number(t.lines)||1),s=G(t.file_types),a=typeof t.submit_btn=="string"?t.submit_btn:"Submit",c=typeof t.stop_btn=="string"?t.stop_btn:"Stop";return l`${this.label()}
      <div
        class="gr-mm ${this.dragging?"gr-dragging":""}"
        @dragenter=${this.onDragOver}
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        ${e.files.length||i?l`<ul class="gr-mm-files" aria-label="Attached files">
              ${e.files.map((p,h)=>{let d=P(p);return l`<li class="gr-mm-file" title=${d}>
                  ${Zr(p)?l`<img class="gr-mm-thumb" src=${this.host?.fileURL(p)??p.url??""} alt=${d} />`:l`<span class="gr-mm-ext" aria-hidden="true">${(d.split(".").pop()??"").slice(0,4)||"file"}</span><span class="gr-mm-name">${d}</span>`}
                  ${this.interactive?l`<button type="button" class="gr-mm-remove" aria-label="Remove ${d}" @click=${()=>this.removeFile(h)}>×</button>`:u}
                </li>`})}
              ${i?l`<li class="gr-mm-file gr-mm-uploading" role="status">
                    <span class="gr-progress" role="progressbar" aria-label="Uploading" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(this.progress*100)}>
                      <span class="gr-progress-fill" style="width:${Math.round(this.progress*100)}%"></span>
                    </span>
                  </li>`:u}
            </ul>`:u}
        <div class="gr-mm-row">
          ${this.canUpload?l`<label class="gr-icon-button gr-mm-attach ${i?"gr-disabled":""}" title="Attach ${this.multiple?"files":"a file"}">
                <input
                  class="gr-file-input"
                  type="file"
                  accept=${s??u}
                  ?multiple=${this.multiple}
                  ?webkitdirectory=${t.file_count==="directory"}
                  ?disabled=${i}
                  aria-label="Attach ${this.multiple?"files":"a file"}"
                  @change=${this.onPick}
                />
                <svg class="gr-img-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M21.4 11.1l-9.2 9.2a6 6 0 0 1-8.5-8.5l9.2-9.2a4 4 0 0 1 5.7 5.7l-9.2 9.2a2 2 0 0 1-2.8-2.8l8.5-8.5" /></svg>
              </label>`:u}
          <textarea
            id=${this.uid}
            class="gr-input gr-textarea gr-mm-text"
            rows=${r}
            .value=${A(e.text)}
            placeholder=${t.placeholder??""}
            dir=${t.rtl?"rtl":"auto"}
            ?readonly=${!this.interactive}
            ?autofocus=${t.autofocus}
            aria-describedby=${t.info?this.uid+"-info":u}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @paste=${this.onPaste}
            @focus=${()=>this.emit("focus")}
            @blur=${()=>this.emit("blur")}
          ></textarea>
          ${t.stop_btn&&this.interactive?l`<button type="button" class="gr-button gr-stop gr-sm gr-mm-btn" aria-label=${c} title=${c} @click=${()=>this.emit("stop")}>
                ${typeof t.stop_btn=="string"?c:l`<span class="gr-mm-square" aria-hidden="true"></span>`}
              </button>`:u}
          ${t.submit_btn!==!1&&t.submit_btn!=null&&this.interactive?l`<button type="button" class="gr-button gr-primary gr-sm gr-mm-btn" aria-label=${a} title=${a} ?disabled=${i} @click=${this.submit}>
                ${typeof t.submit_btn=="string"?a:l`<span aria-hidden="true">➤</span>`}
              </button>`:u}
        </div>
        ${this.error?l`<div class="gr-file-error" role="alert">${this.error}</div>`:u}
      </div>`}updated(){let t=this.querySelector(".gr-mm-text");if(!t)return;let i=(parseFloat(getComputedStyle(t).lineHeight)||22)*Math.max(Number(this.props.lines)||1,Number(this.props.max_lines)||20)+18;t.style.height="auto",t.style.height=`${Math.min(t.scrollHeight+2,i)}px`,t.style.overflowY=t.scrollHeight>i?"auto":"hidden"}set(t){this.userValue({text:t.text,files:t.files})}onInput(t){this.set({...he(this.value),text:t.target.value}),this.updated()}onKeydown(t){t.key!=="Enter"||t.shiftKey||t.isComposing||(t.preventDefault(),this.submit())}onPaste(t){if(!this.canUpload||!t.clipboardData)return;let e=Array.from(t.clipboardData.files??[]);if(e.length){t.preventDefault(),this.take(e);return}let i=t.clipboardData.getData("text/plain"),r=Number(this.props.max_plain_text_length??1e3);i&&r>0&&i.length>r&&(t.preventDefault(),this.take([new File([i],"pasted_text.txt",{type:"text/plain"})]))}onDragOver(t){!this.canUpload||!t.dataTransfer||!Array.from(t.dataTransfer.types).includes("Files")||(t.preventDefault(),t.dataTransfer.dropEffect="copy",this.dragging=!0)}onDragLeave(t){let e=t.relatedTarget;(!e||!t.currentTarget.contains(e))&&(this.dragging=!1)}onDrop(t){this.canUpload&&(t.preventDefault(),this.dragging=!1,this.take(Array.from(t.dataTransfer?.files??[])))}onPick(t){let e=t.target,i=Array.from(e.files??[]);e.value="",this.take(i)}async take(t){if(t.length===0||this.progress!=null)return;let e=this.props.file_types,i=t.filter(s=>Et(e,s)||s.name==="pasted_text.txt");if(this.error=i.length<t.length?`${t.length-i.length===1?"A file is":"Some files are"} not of an accepted type (${G(e)}).`:"",i.length===0)return;let r=this.multiple?i:i.slice(0,1);this.progress=0;try{let s=await this.host.upload(r,c=>this.progress=c);if(s.length===0)throw new Error("the server returned no file");let a=he(this.value);this.set({text:a.text,files:this.multiple?[...a.files,...s]:s.slice(0,1)}),this.emit("upload")}catch(s){this.error=`Upload failed: ${s?.message??s}`}finally{this.progress=null}}removeFile(t){let e=he(this.value);this.set({text:e.text,files:e.files.filter((i,r)=>r!==t)}),this.querySelector(".gr-mm-text")?.focus()}};v("multimodaltextbox",gi);var jt=class extends Error{constructor(t,e){super(t);this.status=e}},de=class{constructor(n){this.config=n;this.session=Math.random().toString(36).slice(2)+Date.now().toString(36);this.listeners=new Map;this.early=new Map;this.streaming=!1;this.base=new URL(".",document.baseURI).href.replace(/\/$/,"")+n.api_prefix}url(n){return this.base+n}async join(n,t,e,i,r=null){let s=await this.post("/queue/join",{data:t,fn_index:n,session_hash:this.session,event_data:r??null,trigger_id:i});if(!s.ok)throw new jt(fi(s.body,s.status),s.status);let a=s.body.event_id;this.listeners.set(a,e);for(let c of this.early.get(a)??[])this.deliver(c);return this.early.delete(a),this.ensureStream(),a}async run(n,t,e,i,r=null){let s=await this.post(`/run/${encodeURIComponent(n)}`,{data:e,fn_index:t,session_hash:this.session,event_data:r??null,trigger_id:i});return s.ok||s.status===500&&typeof s.body=="object"&&"error"in s.body?s.body:{error:fi(s.body,s.status),title:"Error"}}async cancel(n,t){await this.post("/cancel",{event_id:n,session_hash:this.session,fn_index:t}).catch(()=>{})}upload(n,t){let e=new FormData;for(let i of n)e.append("files",i,i.name);return new Promise((i,r)=>{let s=new XMLHttpRequest;s.open("POST",this.url("/upload")),s.responseType="text",t&&(s.upload.onprogress=a=>a.lengthComputable&&t(a.loaded/a.total)),s.onerror=()=>r(new jt("The upload failed: the connection broke.",0)),s.onload=()=>{if(s.status<200||s.status>=300){let c=s.responseText;try{c=JSON.parse(c)}catch{}r(new jt(fi(c,s.status),s.status));return}let a=JSON.parse(s.responseText);i(a.map((c,p)=>({path:c,orig_name:n[p].name,size:n[p].size,mime_type:n[p].type||null,meta:{_type:"gradio.FileData"}})))},s.send(e)})}heartbeat(){let n=()=>{let t=new EventSource(this.url(`/heartbeat/${this.session}`));t.onerror=()=>{t.close(),setTimeout(n,2e3)}};n()}async post(n,t){let e=await fetch(this.url(n),{method:"POST",headers:{"Content-Type":"application/json","X-Gradio-User":"app"},body:JSON.stringify(t)}),i=await e.text(),r=i;try{r=JSON.parse(i)}catch{}return{ok:e.ok,status:e.status,body:r}}ensureStream(){this.streaming||(this.streaming=!0,this.readStream().finally(()=>{this.streaming=!1,this.listeners.size>0&&this.ensureStream()}))}async readStream(){let n;try{n=await fetch(this.url(`/queue/data?session_hash=${encodeURIComponent(this.session)}`),{headers:{Accept:"text/event-stream"}})}catch{this.broken("Connection errored out.");return}if(!n.ok||!n.body){this.broken(`Connection errored out (HTTP ${n.status}).`);return}let t=n.body.pipeThrough(new TextDecoderStream).getReader(),e="";for(;;){let{value:i,done:r}=await t.read().catch(()=>({value:void 0,done:!0}));if(r)break;e+=i;let s;for(;(s=e.indexOf(`

`))>=0;){let a=e.slice(0,s);e=e.slice(s+2);for(let c of a.split(`
`)){if(!c.startsWith("data:"))continue;let p=JSON.parse(c.slice(5).trim());if(p.msg==="close_stream"){await t.cancel().catch(()=>{});return}this.deliver(p)}}}}deliver(n){if(n.event_id==null){n.msg==="unexpected_error"&&this.broken(n.message??"Unexpected error.");return}let t=this.listeners.get(n.event_id);if(!t){let e=this.early.get(n.event_id)??[];e.push(n),this.early.set(n.event_id,e);return}n.msg==="process_completed"&&this.listeners.delete(n.event_id),t(n)}broken(n){let t=[...this.listeners.entries()];this.listeners.clear();for(let[e,i]of t)i({msg:"process_completed",event_id:e,success:!1,output:{error:n,title:"Error"}})}};function fi(o,n){if(o&&typeof o=="object"){if(typeof o.detail=="string")return o.detail;if(typeof o.error=="string")return o.error}return typeof o=="string"&&o?o:`HTTP ${n}`}function ir(o,n){for(let[t,e,i]of n)o=rr(o,e,t,i);return o}function Qr(o){return Array.isArray(o)?o.slice():o!==null&&typeof o=="object"?{...o}:o}function rr(o,n,t,e){if(n.length===0){if(t==="replace")return e;if(t==="append")return o+e;throw new Error(`cannot ${t} at the root`)}let[i,...r]=n,s=Qr(o);if(r.length>0)return s[i]=rr(s[i],r,t,e),s;switch(t){case"replace":s[i]=e;break;case"append":s[i]+=e;break;case"add":Array.isArray(s)?s.splice(i,0,e):s[i]=e;break;case"delete":Array.isArray(s)?s.splice(i,1):delete s[i];break}return s}var me=class{constructor(n){this.app=n;this.byTarget=new Map;this.byParent=new Map;this.state=new Map;this.jsFns=new Map;for(let t of n.config.dependencies){this.state.set(t.id,{running:0,again:!1,events:new Set});for(let[e,i]of t.targets){if(e==null)continue;let r=`${e}:${i}`;this.byTarget.set(r,[...this.byTarget.get(r)??[],t])}t.trigger_after!=null&&this.byParent.set(t.trigger_after,[...this.byParent.get(t.trigger_after)??[],t])}}trigger(n,t,e){for(let i of this.byTarget.get(`${n}:${t}`)??[])this.run(i,n,e)}async run(n,t,e=null){let i=this.state.get(n.id);if(i.running>0&&n.trigger_mode!=="multiple")return n.trigger_mode==="always_last"&&(i.again=!0),!1;for(let s of n.cancels)this.cancel(s);if(!n.backend_fn&&!n.js)return!0;i.running++;let r=!1;try{r=await this.execute(n,t,e)}finally{i.running--}for(let s of this.byParent.get(n.id)??[])s.trigger_only_on_success&&!r||s.trigger_only_on_failure&&r||this.run(s,null);return i.again&&i.running===0&&(i.again=!1,this.run(n,t)),r}cancel(n){let t=this.state.get(n);if(t)for(let e of t.events)this.app.client.cancel(e,n)}async execute(n,t,e){let i=n.inputs.map(s=>this.app.entries.get(s)?.kind==="state"?null:this.app.value(s));if(n.js){let s;try{s=await this.jsFn(n)(...i)}catch(a){return this.app.toast({level:"error",title:"Error",message:`The page's script failed: ${a}`,duration:10}),!1}if(!n.backend_fn)return this.setOutputs(n,Array.isArray(s)?s:[s]),!0;s!==void 0&&(i=Array.isArray(s)?s:[s])}let r=performance.now();this.status(n,{stage:"pending",started:r,show:n.show_progress});try{return n.queue?await this.queued(n,i,t,e,r):await this.direct(n,i,t,e)}catch(s){return this.status(n,null),this.app.toast({level:"error",title:"Error",message:s.message,duration:10}),!1}}async direct(n,t,e,i){let r=await this.app.client.run(n.api_name,n.id,t,e,i);return this.status(n,null),"error"in r?(this.error(r),!1):(this.setOutputs(n,r.data??[]),!0)}queued(n,t,e,i,r){let s=this.state.get(n.id),a=null;return new Promise((c,p)=>{let h="",d=m=>{switch(m.msg){case"estimation":this.status(n,{stage:"pending",position:m.rank,size:m.queue_size,eta:m.rank_eta,started:r,show:n.show_progress});break;case"process_starts":this.status(n,{stage:"pending",eta:m.eta,started:r,show:n.show_progress});break;case"progress":this.status(n,{stage:"pending",progress:m.progress_data,started:r,show:n.show_progress});break;case"log":this.app.toast({level:m.level??"info",title:m.title??"",message:m.log??"",duration:m.duration??10});break;case"process_generating":{if(!m.success)break;a==null&&this.status(n,{stage:"generating",started:r,show:n.show_progress});let g=m.output.data;a=a==null?g:a.map((f,$)=>ir(f,g[$])),this.setOutputs(n,a);break}case"process_completed":s.events.delete(h),this.status(n,null),m.success?Array.isArray(m.output?.data)?(this.setOutputs(n,m.output.data),n.scroll_to_output&&this.scrollTo(n),c(!0)):c(!1):(this.error(m.output),c(!1))}};this.app.client.join(n.id,t,d,e,i).then(m=>{h=m,s.events.add(m)},p)})}setOutputs(n,t){n.outputs.forEach((e,i)=>{i<t.length&&this.app.entries.get(e)?.kind!=="state"&&this.app.setValue(e,t[i])})}status(n,t){for(let e of n.outputs)this.app.entries.get(e)?.status?.set(t)}error(n){n?.visible!==!1&&this.app.toast({level:"error",title:n?.title??"Error",message:n?.error??"An error occurred.",duration:n&&"duration"in n?n.duration:10})}scrollTo(n){let t=this.app.entries.get(n.outputs[0])?.wrap;if(!t)return;let e=t.getBoundingClientRect();(e.top<0||e.bottom>window.innerHeight)&&t.scrollIntoView({behavior:"smooth",block:"nearest"})}jsFn(n){let t=this.jsFns.get(n.id);return t||(t=new Function(`return (${n.js})`)(),this.jsFns.set(n.id,t)),t}};var qt=class extends HTMLElement{constructor(){super(...arguments);this.timer=0;this.status=null}set(t){if(this.status=t,clearInterval(this.timer),!t||t.stage==="complete"||t.stage==="error"||t.show==="hidden"){this.hidden=!0,this.replaceChildren(),this.parentElement?.removeAttribute("aria-busy");return}this.hidden=!1,this.parentElement?.setAttribute("aria-busy","true"),this.render(),this.timer=window.setInterval(()=>this.render(),100)}disconnectedCallback(){clearInterval(this.timer)}render(){let t=this.status;this.className=`gr-status gr-status-${t.stage} gr-status-${t.show}`;let e=[];if(t.show==="minimal"){this.replaceChildren(sr());return}let i=t.progress?.find(c=>c.progress!=null||c.index!=null&&c.length);if(i){let c=i.progress??(i.index+1)/i.length,p=document.createElement("div");p.className="gr-progress",p.setAttribute("role","progressbar"),p.setAttribute("aria-valuemin","0"),p.setAttribute("aria-valuemax","100"),p.setAttribute("aria-valuenow",String(Math.round(c*100)));let h=document.createElement("div");h.className="gr-progress-fill",h.style.width=`${Math.max(0,Math.min(1,c))*100}%`,p.append(h);let d=document.createElement("div");d.className="gr-progress-label";let m=i.index!=null&&i.length?`${i.index+1}/${i.length} ${i.unit??""}`:`${Math.round(c*100)}%`;d.textContent=i.desc?`${i.desc} · ${m}`:m,e.push(p,d)}else e.push(sr());let r=document.createElement("div");r.className="gr-status-meta";let s=t.started?((performance.now()-t.started)/1e3).toFixed(1):null,a=[];t.stage==="pending"&&t.position!=null&&t.position>0&&a.push(`queue: ${t.position+1}/${t.size??"?"}`),s&&a.push(t.eta?`${s}/${t.eta.toFixed(1)}s`:`${s}s`),r.textContent=a.join(" | "),e.push(r),this.replaceChildren(...e)}};customElements.define("gradio-status",qt);function sr(){let o=document.createElement("div");return o.className="gr-spinner",o.setAttribute("aria-label","Loading"),o}var Bt=class extends HTMLElement{connectedCallback(){this.setAttribute("role","region"),this.setAttribute("aria-label","Notifications")}show(n){let t=document.createElement("div");t.className=`gr-toast gr-toast-${n.level}`,t.setAttribute("role",n.level==="error"?"alert":"status"),t.setAttribute("aria-live",n.level==="error"?"assertive":"polite");let e=document.createElement("div");e.className="gr-toast-title",e.textContent=n.title;let i=document.createElement("div");i.className="gr-toast-message",i.textContent=n.message;let r=document.createElement("button");r.className="gr-toast-close",r.type="button",r.setAttribute("aria-label","Close"),r.textContent="×",r.onclick=()=>t.remove(),t.append(e,i,r),this.append(t),n.duration!=null&&n.duration>0&&setTimeout(()=>t.remove(),n.duration*1e3)}};customElements.define("gradio-toasts",Bt);function nr(o,n,t){let e=document.createElement("div");e.className="gr-tabs";let i=document.createElement("div");i.className="gr-tablist",i.setAttribute("role","tablist"),e.append(i);let s=(t.children??[]).map(d=>({node:d,entry:o.entries.get(d.id)})).filter(d=>d.entry).map(({node:d,entry:m})=>{let g=document.createElement("button");g.type="button",g.className="gr-tab",g.setAttribute("role","tab"),g.id=`gr-tab-${d.id}`;let f=document.createElement("div");f.className="gr-tabpanel",f.setAttribute("role","tabpanel"),f.id=`gr-tabpanel-${d.id}`,f.setAttribute("aria-labelledby",g.id),g.setAttribute("aria-controls",f.id),f.hidden=!0,i.append(g),e.append(f),m.wrap=f;let $=!1,k=()=>{$||($=!0,f.append(o.buildChildren(d.children??[],"column")))};return{id:d.id,entry:m,button:g,panel:f,show:k}}),a=-1,c=(d,m)=>{d===a||d<0||(a=d,s.forEach((g,f)=>{g.button.setAttribute("aria-selected",String(f===d)),g.button.tabIndex=f===d?0:-1,g.panel.hidden=f!==d}),s[d].show(),m&&(o.dispatcher.trigger(s[d].id,"select"),o.dispatcher.trigger(n.config.id,"select"),o.dispatcher.trigger(n.config.id,"change")))};s.forEach((d,m)=>{d.button.onclick=()=>c(m,!0),d.button.onkeydown=g=>{let f=g.key==="ArrowRight"?1:g.key==="ArrowLeft"?-1:0;if(!f)return;g.preventDefault();let $=s.map((F,M)=>M).filter(F=>s[F].entry.props.visible!==!1),k=$.indexOf(m),w=$[(k+f+$.length)%$.length];c(w,!0),s[w].button.focus()}});let p=()=>{for(let g of s)g.button.textContent=g.entry.props.label??"",g.button.hidden=g.entry.props.visible===!1,g.button.disabled=g.entry.props.interactive===!1;let d=n.props.selected,m=s.findIndex(g=>d!=null&&(g.entry.props.id===d||g.entry.props.label===d));m<0&&a<0&&(m=s.findIndex(g=>g.entry.props.visible!==!1)),m>=0&&c(m,!1)},h={update:p};n.lazy=h;for(let d of s)d.entry.lazy=h;return p(),e}function ar(o,n,t){let e=document.createElement("div");e.className="gr-accordion";let i=document.createElement("button");i.type="button",i.className="gr-accordion-header",i.id=`gr-accordion-${t.id}`;let r=document.createElement("span"),s=document.createElement("span");s.className="gr-accordion-icon",s.setAttribute("aria-hidden","true"),i.append(r,s);let a=document.createElement("div");a.className="gr-accordion-body",a.id=`gr-accordion-body-${t.id}`,a.setAttribute("role","region"),a.setAttribute("aria-labelledby",i.id),i.setAttribute("aria-controls",a.id),e.append(i,a);let c=!1,p=!1,h=(d,m)=>{p=d,i.setAttribute("aria-expanded",String(d)),e.classList.toggle("gr-open",d),a.hidden=!d,d&&!c&&(c=!0,a.append(o.buildChildren(t.children??[],"column"))),m&&o.dispatcher.trigger(t.id,d?"expand":"collapse")};return i.onclick=()=>{n.props={...n.props,open:!p},h(!p,!0)},n.lazy={update(){r.textContent=n.props.label??"",n.props.open!==p&&h(n.props.open!==!1,!1)}},r.textContent=n.props.label??"",h(n.props.open!==!1,!1),e}var ts=[["go","Go"],["javascript","JavaScript"],["python","Python"],["bash","curl"],["cli","gradio CLI"]],Kt=class extends HTMLElement{constructor(){super(...arguments);this.info={};this.language=localStorage.getItem("gradio-api-lang")??"go";this.failure=""}async connectedCallback(){this.className="gr-api-page",this.draw();try{let t=await fetch("./gradio_api/info");if(!t.ok)throw new Error(`HTTP ${t.status}`);this.info=(await t.json()).named_endpoints??{}}catch(t){this.failure=`Could not load the API description: ${t.message}`}this.draw()}draw(){let t=Object.keys(this.info).sort();Ei(l`<main class="gr-app gr-api">
        <nav class="gr-api-nav"><a href="./">← Back to the app</a></nav>
        <h1 class="gr-api-title">API of ${this.config?.title||"this app"}</h1>
        <p>
          This app is an API. Call its ${t.length===1?"endpoint":`${t.length} endpoints`} from Go, JavaScript,
          Python, curl or the <code>gradio</code> command; the code below runs as it is.
        </p>
        <div class="gr-api-toolbar">
          <div class="gr-tablist" role="tablist" aria-label="Language">
            ${ts.map(([e,i])=>l`<button type="button" role="tab" class="gr-tab" aria-selected=${String(this.language===e)}
                @click=${()=>this.setLang(e)}>${i}</button>`)}
          </div>
          <button type="button" class="gr-button gr-secondary gr-sm gr-api-markdown" @click=${e=>this.copyMarkdown(e)}>
            Copy as Markdown
          </button>
        </div>
        ${this.failure?l`<div class="gr-file-error" role="alert">${this.failure}</div>`:u}
        ${t.map(e=>this.endpoint(e,this.info[e]))}
      </main>`,this)}setLang(t){this.language=t,localStorage.setItem("gradio-api-lang",t),this.draw()}endpoint(t,e){let i=e.code_snippets?.[this.language]??"";return l`<section class="gr-api-endpoint" aria-labelledby="ep-${t}">
      <h2 id="ep-${t}"><code>${t}</code></h2>
      ${e.description?l`<p>${e.description}</p>`:u}
      <div class="gr-api-tables">
        <table class="gr-api-table">
          <caption>Parameters</caption>
          <thead><tr><th>Name</th><th>Type</th><th>Component</th><th>Default</th></tr></thead>
          <tbody>
            ${e.parameters.length===0?l`<tr><td colspan="4">none</td></tr>`:u}
            ${e.parameters.map(r=>l`<tr>
                <td><code>${r.parameter_name}</code></td>
                <td><code>${r.python_type.type}</code></td>
                <td>${r.component}</td>
                <td>${r.parameter_has_default?l`<code>${JSON.stringify(r.parameter_default)}</code>`:"required"}</td>
              </tr>`)}
          </tbody>
        </table>
        <table class="gr-api-table">
          <caption>Returns</caption>
          <thead><tr><th>Label</th><th>Type</th><th>Component</th></tr></thead>
          <tbody>
            ${e.returns.map(r=>l`<tr><td>${r.label}</td><td><code>${r.python_type.type}</code></td><td>${r.component}</td></tr>`)}
          </tbody>
        </table>
      </div>
      <div class="gr-api-code">
        <button type="button" class="gr-icon-button gr-api-copy" aria-label="Copy the code" @click=${r=>or(r,i)}>Copy</button>
        <pre><code>${i}</code></pre>
      </div>
    </section>`}markdown(){let t=[`# API of ${this.config?.title||"this app"}`,"",`Base URL: ${location.origin}${location.pathname.replace(/\/$/,"")}`,""];for(let e of Object.keys(this.info).sort()){let i=this.info[e];t.push(`## ${e}`,""),i.description&&t.push(i.description,""),t.push("Parameters:"),i.parameters.length===0&&t.push("- none");for(let s of i.parameters){let a=s.parameter_has_default?`default ${JSON.stringify(s.parameter_default)}`:"required";t.push(`- \`${s.parameter_name}\` (${s.python_type.type}, ${s.component}): ${a}; example ${JSON.stringify(s.example_input)}`)}t.push("","Returns:");for(let s of i.returns)t.push(`- ${s.label} (${s.python_type.type}, ${s.component})`);let r=i.code_snippets?.[this.language];r&&t.push("","```"+(this.language==="bash"||this.language==="cli"?"sh":this.language),r.trimEnd(),"```"),t.push("")}return t.join(`
`)}copyMarkdown(t){or(t,this.markdown())}};customElements.define("gradio-api-page",Kt);async function or(o,n){let t=o.currentTarget,e=t.textContent;try{await navigator.clipboard.writeText(n),t.textContent="Copied"}catch{t.textContent="Copy failed"}setTimeout(()=>t.textContent=e,1500)}var bi=class extends HTMLElement{constructor(){super(...arguments);this.entries=new Map;this.toasts=new Bt}async connectedCallback(){let t=window.gradio_config??await(await fetch("./config")).json();if(new URLSearchParams(location.search).get("view")==="api"){document.title=`API · ${t.title||"Gradio"}`;let e=new Kt;e.config=t,this.replaceChildren(e);return}this.start(t)}start(t){this.config=t,this.client=new de(t),this.host={upload:(a,c)=>this.client.upload(a,c),fileURL:a=>a.url||this.client.url(`/file=${a.path}`)},document.title=t.title||"Gradio";let e=new Set,i=new Set;for(let a of t.dependencies)a.inputs.forEach(c=>e.add(c)),a.outputs.forEach(c=>i.add(c));for(let a of t.components){let{value:c,...p}=a.props,h=typeof p.interactive=="boolean"?p.interactive:e.has(a.id)||!i.has(a.id);this.entries.set(a.id,{config:a,kind:a.type,props:p,value:c??null,el:null,wrap:null,status:null,interactive:h})}this.dispatcher=new me(this);let r=document.createElement("main");if(r.className="gr-app",t.mode==="interface"&&t.title){let a=document.createElement("h1");a.className="gr-title",a.textContent=t.title,r.append(a)}t.description&&r.append(lr(t.description,"gr-description"));let s=this.buildChildren(t.layout.children??[],"column");s.classList.add("gr-root"),r.append(s),t.article&&r.append(lr(t.article,"gr-article")),r.append(es()),this.replaceChildren(r,this.toasts),t.connect_heartbeat&&this.client.heartbeat(),this.dispatcher.trigger(t.layout.id,"load")}toast(t){this.toasts.show(t)}buildChildren(t,e){let i=document.createElement("div");i.className=e==="row"?"gr-row":"gr-column";for(let r of t){let s=this.build(r);s&&i.append(s)}return i}build(t){let e=this.entries.get(t.id);if(!e)return null;let i;switch(e.kind){case"state":return null;case"row":i=this.buildChildren(t.children??[],"row"),e.props.equal_height&&i.classList.add("gr-equal-height"),e.props.variant&&e.props.variant!=="default"&&i.classList.add(`gr-${e.props.variant}`);break;case"column":case"form":i=this.buildChildren(t.children??[],"column"),e.props.variant&&e.props.variant!=="default"&&i.classList.add(`gr-${e.props.variant}`);break;case"group":i=this.buildChildren(t.children??[],"column"),i.classList.add("gr-group");break;case"tabs":i=nr(this,e,t);break;case"accordion":i=ar(this,e,t);break;case"tabitem":return null;default:i=this.buildComponent(e)}return e.wrap=i,i.dataset.id=String(t.id),this.applyLayoutProps(e),i}buildComponent(t){let e=document.createElement("div");e.className=`gr-block gr-block-${t.kind}`;let i=Qt(t.kind),r=document.createElement(i??"gradio-fallback");r.host=this.host,r.props=i?t.props:{...t.props,kind:t.kind},r.value=t.value,r.interactive=t.interactive,r.addEventListener("gradio",a=>{let{event:c,data:p}=a.detail;(c==="change"||c==="input")&&(t.value=r.value),this.dispatcher.trigger(t.config.id,c,p)}),t.el=r;let s=new qt;return s.hidden=!0,t.status=s,e.append(r,s),t.props.container===!1&&e.classList.add("gr-no-container"),e}applyLayoutProps(t){let e=t.wrap;if(!e)return;e.hidden=t.props.visible===!1,t.props.elem_id&&(e.id=t.props.elem_id);for(let s of t.props.elem_classes??[])e.classList.add(s);let i=t.props.scale??(t.kind==="column"?1:null);i!=null&&(e.style.flexGrow=String(i));let r=t.props.min_width;r!=null&&(e.style.minWidth=`min(${r}px, 100%)`)}setValue(t,e){let i=this.entries.get(t);if(i){if(e&&typeof e=="object"&&e.__type__==="update"){let{__type__:r,value:s,...a}=e;this.updateProps(i,a),"value"in e&&this.setValue(t,s);return}JSON.stringify(i.value)!==JSON.stringify(e)&&(i.value=e,i.el&&(i.el.value=e),this.dispatcher.trigger(t,"change"))}}updateProps(t,e){if(Object.keys(e).length!==0){if(t.props={...t.props,...e},typeof e.interactive=="boolean"&&(t.interactive=e.interactive),t.el&&"props"in t.el){let i=t.el;i.props=t.props,i.interactive=t.interactive}t.lazy?.update(),this.applyLayoutProps(t)}}value(t){return this.entries.get(t)?.value??null}};customElements.define("gradio-app",bi);function lr(o,n){let t=document.createElement("div");return t.className=`gr-prose ${n}`,t.innerHTML=st(o),t}function es(){let o=document.createElement("footer");o.className="gr-footer";let n=document.createElement("a");n.href="./?view=api",n.textContent="Use via API";let t=document.createElement("span");t.textContent=" · ";let e=document.createElement("span");return e.textContent="Built with gradio-go",o.append(n,t,e),o}
