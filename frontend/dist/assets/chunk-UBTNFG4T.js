import{a as b,b as _}from"./chunk-NCJSEHBS.js";import{c as u}from"./chunk-P7YIV3HJ.js";import{j as a,n as d}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var v=["#ef4444","#22c55e","#3b82f6","#eab308","#a855f7","#14b8a6","#f97316","#06b6d4","#84cc16","#ec4899"];function y(f){return Array.isArray(f)?f.map(c=>Array.isArray(c)?{token:String(c[0]??""),class_or_confidence:c[1]??null}:{token:String(c?.token??""),class_or_confidence:c?.class_or_confidence??null}):[]}function w(f){let c=Math.min(1,Math.abs(f));return f>=0?`rgb(239 68 68 / ${c})`:`rgb(59 130 246 / ${c})`}var k=class extends b{constructor(){super(...arguments);this.active=void 0;this.pinned=!1;this.focusIndex=-1;this.menu=null;this.closeMenu=()=>{this.menu=null,window.getSelection()?.removeAllRanges()}}static{this.properties={...b.properties,active:{state:!0},pinned:{state:!0},focusIndex:{state:!0},menu:{state:!0}}}get tokens(){return y(this.value)}get shown(){let t=this.tokens;if(!this.props.combine_adjacent||this.interactive)return t.map((s,o)=>({t:s,index:o}));let e=String(this.props.adjacent_separator??""),n=[];return t.forEach((s,o)=>{let r=n[n.length-1];r&&s.class_or_confidence!=null&&r.t.class_or_confidence===s.class_or_confidence?r.t={token:r.t.token+e+s.token,class_or_confidence:s.class_or_confidence}:n.push({t:{...s},index:o})}),n}get scores(){let t=this.tokens.map(e=>e.class_or_confidence).filter(e=>e!=null);return t.length>0&&t.every(e=>typeof e=="number")}get labels(){let t=new Set;for(let e of Object.keys(this.props.color_map??{}))t.add(e);for(let e of this.tokens)typeof e.class_or_confidence=="string"&&t.add(e.class_or_confidence);return[...t]}color(t){let e=this.props.color_map??{};return typeof e[t]=="string"&&e[t]?e[t]:v[Math.max(0,this.labels.indexOf(t))%v.length]}render(){let t=this.props,e=this.scores,n=this.shown,s=n.filter(r=>r.t.class_or_confidence!=null),o=s.some(r=>r.index===this.focusIndex)?this.focusIndex:s[0]?.index??-1;return a`${this.label(null)}
      <div class="gr-ht ${this.active!==void 0?"gr-ht-focusing":""}">
        ${t.show_legend?this.legend(e):d}
        <div
          class="gr-ht-text ${t.show_whitespaces===!1?"":"gr-ht-ws"}"
          role="group"
          aria-labelledby=${t.label?`${this.uid}-label`:d}
          dir=${t.rtl?"rtl":d}
          @mouseup=${this.onMouseup}
          @keydown=${this.onKeydown}
        >
          ${n.length===0?a`<span class="gr-ht-empty">${u("text.empty")}</span>`:d}${n.map(({t:r,index:i})=>this.token(r,i,o))}
        </div>
        ${this.menu?this.menuView():d}
      </div>`}token(t,e,n){let s=t.class_or_confidence;if(s==null)return a`<span class="gr-ht-plain" data-i=${e}><span class="gr-ht-t">${t.token}</span></span>`;let o=typeof s=="number",r=o?w(s):`color-mix(in srgb, ${this.color(String(s))} 28%, transparent)`,i=this.active!==void 0&&this.active!==s,l=this.props.show_inline_category!==!1&&!o?a`<span class="gr-ht-cat" aria-hidden="true">${s}</span>`:d;return a`<mark class="gr-ht-token ${i?"gr-ht-dim":""} ${this.active===s?"gr-ht-on":""}" data-i=${e} style="--gr-ht-bg:${r};--gr-ht-c:${o?"transparent":this.color(String(s))}" tabindex=${e===n?"0":"-1"} role="button" aria-label=${`${t.token} (${o?`confidence ${s}`:s})`} @click=${()=>this.pick(e)}><span class="gr-ht-t">${t.token}</span>${l}</mark>`}legend(t){return t?a`<div class="gr-ht-legend gr-ht-scale" aria-label=${u("text.confidence_scale")}>
        <span>-1</span><span class="gr-ht-gradient" aria-hidden="true"></span><span>+1</span>
      </div>`:a`<div class="gr-ht-legend" role="toolbar" aria-label=${u("text.labels")}>
      ${this.labels.map(e=>a`<button
          type="button"
          class="gr-ht-label ${this.active===e?"gr-ht-on":""}"
          style="--gr-ht-c:${this.color(e)}"
          aria-pressed=${this.pinned&&this.active===e?"true":"false"}
          @mouseenter=${()=>!this.pinned&&(this.active=e)}
          @mouseleave=${()=>!this.pinned&&(this.active=void 0)}
          @focus=${()=>!this.pinned&&(this.active=e)}
          @blur=${()=>!this.pinned&&(this.active=void 0)}
          @click=${()=>{let n=!(this.pinned&&this.active===e);this.pinned=n,this.active=n?e:void 0}}
        >
          ${e}
        </button>`)}
    </div>`}menuView(){let t=this.menu;return a`<div
      class="gr-ht-menu"
      role="dialog"
      aria-label=${u("text.label_selection")}
      style="left:${t.x}px;top:${t.y}px"
      @keydown=${e=>e.key==="Escape"&&this.closeMenu()}
    >
      ${this.labels.map(e=>a`<button type="button" class="gr-ht-label" style="--gr-ht-c:${this.color(e)}" @click=${()=>this.assign(e)}>${e}</button>`)}
      <input
        class="gr-input gr-ht-new"
        placeholder=${u("text.new_label")}
        aria-label=${u("text.new_label")}
        @keydown=${e=>{let n=e.target.value.trim();e.key==="Enter"&&n&&this.assign(n)}}
      />
      ${t.current!=null?a`<button type="button" class="gr-icon-button" @click=${()=>this.assign(null)}>${u("text.remove_label")}</button>`:d}
      <button type="button" class="gr-icon-button" aria-label=${u("common.cancel")} @click=${this.closeMenu}>×</button>
    </div>`}updated(){this.menu&&!this.contains(document.activeElement)&&this.querySelector(".gr-ht-menu button, .gr-ht-menu input")?.focus()}pick(t){let e=this.tokens[t];if(!e)return;let n=this.shown.find(s=>s.index===t)?.t??e;if(this.focusIndex=t,this.emit("select",{index:t,value:[n.token,n.class_or_confidence],selected:!0}),this.interactive&&window.getSelection()?.isCollapsed!==!1){let s=this.querySelector(`.gr-ht-token[data-i="${t}"]`),o=this.starts();this.openMenu(o[t],o[t]+e.token.length,s?.getBoundingClientRect()??null,e.class_or_confidence)}}onKeydown(t){let e=t.target.closest(".gr-ht-token");if(!e)return;let n=[...this.querySelectorAll(".gr-ht-token")],s=n.indexOf(e),o=-1;if(t.key==="ArrowRight"||t.key==="ArrowDown")o=Math.min(n.length-1,s+1);else if(t.key==="ArrowLeft"||t.key==="ArrowUp")o=Math.max(0,s-1);else if(t.key==="Home")o=0;else if(t.key==="End")o=n.length-1;else if(t.key==="Enter"||t.key===" "){t.preventDefault(),this.pick(Number(e.dataset.i));return}else return;t.preventDefault(),this.focusIndex=Number(n[o].dataset.i),n[o].focus()}starts(){let t=0;return this.tokens.map(e=>{let n=t;return t+=e.token.length,n})}offsetAt(t,e){let n=t instanceof Element?t:t.parentElement,s=n?.closest("[data-i]");if(!s||!this.contains(s))return null;let o=Number(s.dataset.i),r=this.starts()[o],i=this.tokens[o]?.token.length??0;if(t===s)return e>0?r+i:r;let l=s.querySelector(".gr-ht-t");if(!l)return r;if(!l.contains(t))return n?.closest(".gr-ht-cat")?r+i:r;let h=document.createRange();return h.setStart(l,0),h.setEnd(t,e),r+h.toString().length}onMouseup(){if(!this.interactive)return;let t=window.getSelection();if(!t||t.isCollapsed||t.rangeCount===0)return;let e=t.getRangeAt(0),n=this.offsetAt(e.startContainer,e.startOffset),s=this.offsetAt(e.endContainer,e.endOffset);n==null||s==null||n===s||this.openMenu(Math.min(n,s),Math.max(n,s),e.getBoundingClientRect(),null)}openMenu(t,e,n,s){let o=this.querySelector(".gr-ht").getBoundingClientRect(),r=n?Math.max(0,Math.min(n.left-o.left,o.width-240)):0,i=n?n.bottom-o.top+4:0;this.menu={from:t,to:e,x:r,y:i,current:s}}assign(t){let e=this.menu;if(!e)return;let n=[],s=0;for(let r of this.tokens){let i=s,l=s+r.token.length;s=l;let h=[i,Math.max(i,Math.min(l,e.from)),Math.max(i,Math.min(l,e.to)),l];for(let p=0;p<3;p++){if(h[p+1]<=h[p])continue;let m=r.token.slice(h[p]-i,h[p+1]-i),$=p===1,g=n[n.length-1];$&&g&&g._new?g.token+=m:n.push($?Object.assign({token:m,class_or_confidence:t},{_new:!0}):{token:m,class_or_confidence:r.class_or_confidence})}}let o=n.map(r=>({token:r.token,class_or_confidence:r.class_or_confidence}));this.menu=null,window.getSelection()?.removeAllRanges(),this.userValue(o)}};_("highlightedtext",k);export{k as HighlightedText};
