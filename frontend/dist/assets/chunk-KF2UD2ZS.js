import{a as o}from"./chunk-LQRKEO7X.js";import"./chunk-GSKJMSPW.js";import{a as n,b as d}from"./chunk-DECO3CHZ.js";import{j as a,n as s}from"./chunk-FE2DSP6H.js";import"./chunk-OOJM4CTU.js";function i(u){let r=/^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(u.trim());return r?`#${(r[1].length===3?[...r[1]].map(t=>t+t).join(""):r[1]).toLowerCase()}`:null}var h=class extends n{constructor(){super(...arguments);this.draft=null;this.tried=!1}static{this.properties={...n.properties,draft:{state:!0},tried:{state:!0}}}get hex(){return i(typeof this.value=="string"?this.value:"")??"#000000"}render(){let e=this.props,t=this.tried&&this.draft!=null&&i(this.draft)==null;return a`${this.label(`${this.uid}-hex`)}
      <div class="gr-color" role="group" aria-labelledby=${e.label?`${this.uid}-label`:s}>
        <input
          class="gr-color-swatch"
          type="color"
          aria-label=${`${e.label||"Colour"}: picker`}
          .value=${o(this.hex)}
          ?disabled=${!this.interactive}
          @input=${l=>this.set(l.target.value)}
          @focus=${()=>this.emit("focus")}
          @blur=${()=>this.emit("blur")}
        />
        <input
          id="${this.uid}-hex"
          class="gr-input gr-color-hex"
          spellcheck="false"
          autocomplete="off"
          maxlength="7"
          .value=${o(this.draft??this.hex)}
          ?readonly=${!this.interactive}
          aria-invalid=${t?"true":s}
          aria-describedby=${[e.info?`${this.uid}-info`:"",t?`${this.uid}-err`:""].filter(Boolean).join(" ")||s}
          @input=${this.onType}
          @keydown=${this.onKeydown}
          @focus=${()=>this.emit("focus")}
          @blur=${this.onBlur}
        />
      </div>
      ${t?a`<div id="${this.uid}-err" class="gr-field-error" role="alert">Type a colour as #rrggbb or #rgb.</div>`:s}`}set(e){let t=i(e);!t||!this.interactive||(this.draft=null,this.tried=!1,t!==this.value&&this.userValue(t))}onType(e){let t=e.target.value,l=i(t);l&&t.replace("#","").length===6?this.set(l):this.draft=t}onKeydown(e){if(!(e.key!=="Enter"||e.isComposing||!this.interactive)){if(e.preventDefault(),this.draft!=null){let t=i(this.draft);if(!t){this.tried=!0;return}this.set(t)}this.emit("submit")}}onBlur(){this.draft!=null&&i(this.draft)?this.set(this.draft):this.draft=null,this.tried=!1,this.emit("blur")}};d("colorpicker",h);export{h as ColorPicker,i as normalizeHex};
