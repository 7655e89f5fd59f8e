import{a as h}from"./chunk-ZFITRCAI.js";import"./chunk-6VDU4B6A.js";import{a as o,b as f}from"./chunk-NCJSEHBS.js";import{c as a}from"./chunk-P7YIV3HJ.js";import{j as n,n as s}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";function i(d){let r=/^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(d.trim());return r?`#${(r[1].length===3?[...r[1]].map(t=>t+t).join(""):r[1]).toLowerCase()}`:null}var u=class extends o{constructor(){super(...arguments);this.draft=null;this.tried=!1}static{this.properties={...o.properties,draft:{state:!0},tried:{state:!0}}}get hex(){return i(typeof this.value=="string"?this.value:"")??"#000000"}render(){let e=this.props,t=this.tried&&this.draft!=null&&i(this.draft)==null;return n`${this.label(`${this.uid}-hex`)}
      <div class="gr-color" role="group" aria-labelledby=${e.label?`${this.uid}-label`:s}>
        <input
          class="gr-color-swatch"
          part="swatch"
          type="color"
          aria-label=${a("colour.picker",{label:e.label||a("colour.colour")})}
          .value=${h(this.hex)}
          ?disabled=${!this.interactive}
          @input=${l=>this.set(l.target.value)}
          @focus=${()=>this.emit("focus")}
          @blur=${()=>this.emit("blur")}
        />
        <input
          id="${this.uid}-hex"
          class="gr-input gr-color-hex"
          part="input"
          spellcheck="false"
          autocomplete="off"
          maxlength="7"
          .value=${h(this.draft??this.hex)}
          ?readonly=${!this.interactive}
          aria-invalid=${t?"true":s}
          aria-describedby=${[e.info?`${this.uid}-info`:"",t?`${this.uid}-err`:""].filter(Boolean).join(" ")||s}
          @input=${this.onType}
          @keydown=${this.onKeydown}
          @focus=${()=>this.emit("focus")}
          @blur=${this.onBlur}
        />
      </div>
      ${t?n`<div id="${this.uid}-err" class="gr-field-error" role="alert">${a("colour.invalid")}</div>`:s}`}set(e){let t=i(e);!t||!this.interactive||(this.draft=null,this.tried=!1,t!==this.value&&this.userValue(t))}onType(e){let t=e.target.value,l=i(t);l&&t.replace("#","").length===6?this.set(l):this.draft=t}onKeydown(e){if(!(e.key!=="Enter"||e.isComposing||!this.interactive)){if(e.preventDefault(),this.draft!=null){let t=i(this.draft);if(!t){this.tried=!0;return}this.set(t)}this.emit("submit")}}onBlur(){this.draft!=null&&i(this.draft)?this.set(this.draft):this.draft=null,this.tried=!1,this.emit("blur")}};f("colorpicker",u);export{u as ColorPicker,i as normalizeHex};
