import{b as y,d as k,e as w,f as h,g as v,h as x,k as D}from"./chunk-76FKMACF.js";import"./chunk-SUUXRMRK.js";import{a as f,b as $}from"./chunk-NCJSEHBS.js";import{c as d}from"./chunk-P7YIV3HJ.js";import{j as c,n as m}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var M=["#ef4444","#3b82f6","#22c55e","#eab308","#a855f7","#f97316","#14b8a6","#ec4899","#84cc16","#6366f1"],p=class extends f{constructor(){super(...arguments);this.active=null;this.masks=new Map;this.onClick=async t=>{let e=t.currentTarget.getBoundingClientRect(),l=(t.clientX-e.left)/e.width,a=(t.clientY-e.top)/e.height,i=this.value?.annotations??[];for(let s=i.length-1;s>=0;s--){if(!h(i[s]?.image))continue;let r=await this.maskData(this.url(i[s].image));if(!r)continue;let u=Math.min(r.width-1,Math.floor(l*r.width)),g=Math.min(r.height-1,Math.floor(a*r.height));if(r.data[(g*r.width+u)*4+3]>0){this.emit("select",{index:s,value:i[s].label,selected:!0});return}}}}static{this.properties={...f.properties,active:{state:!0}}}url(t){return this.host?.fileURL(t)??t.url??""}render(){let t=this.props,e=this.value,l=h(e?.image)?e.image:null,a=l&&Array.isArray(e.annotations)?e.annotations.filter(o=>h(o?.image)):[],i=v(t.height),s=v(t.width),r=[i?`height:${i}`:"",s?`width:${s};max-width:100%`:""].filter(Boolean).join(";"),u=a.map((o,n)=>String(t.color_map?.[o.label]??M[n%M.length])),g=this.active;return c`${this.label(null)}
      <div class="gr-image gr-annotated ${i?"gr-fixed-height":""}" style=${r||m} role="group" aria-labelledby=${t.label?this.uid+"-label":m}>
        ${l?c`<div class="gr-image-frame">
                <div class="gr-annotated-box" @click=${this.onClick}>
                  <img class="gr-image-img" src=${this.url(l)} alt=${t.label||d("image.annotated")} draggable="false" />
                  ${a.map((o,n)=>{let b=JSON.stringify(this.url(o.image));return c`<div
                      class="gr-annotated-mask ${g===n?"gr-active":g!=null?"gr-dim":""}"
                      style="background:${u[n]};-webkit-mask-image:url(${b});mask-image:url(${b})"
                    ></div>`})}
                </div>
                ${w(t,["fullscreen"]).includes("fullscreen")?c`<div class="gr-img-toolbar">${y("fullscreen",d("common.full_screen"),()=>k(this.querySelector(".gr-annotated-box")))}</div>`:m}
              </div>`:D()}
      </div>
      ${t.show_legend!==!1&&a.length?c`<div class="gr-annotated-legend" role="group" aria-label=${d("image.legend")}>
            ${a.map((o,n)=>c`<button
                type="button"
                class="gr-annotated-label ${g===n?"gr-active":""}"
                style="--gr-ann:${u[n]}"
                @mouseenter=${()=>this.active=n}
                @mouseleave=${()=>this.active=null}
                @focus=${()=>this.active=n}
                @blur=${()=>this.active=null}
                @click=${()=>this.emit("select",{index:n,value:o.label,selected:!0})}
              >
                ${o.label}
              </button>`)}
          </div>`:m}`}updated(){for(let t of this.value?.annotations??[])h(t?.image)&&this.maskData(this.url(t.image))}maskData(t){let e=this.masks.get(t);return e||(e=x(t).then(l=>{let a=document.createElement("canvas");a.width=l.naturalWidth,a.height=l.naturalHeight;let i=a.getContext("2d",{willReadFrequently:!0});return i.drawImage(l,0,0),i.getImageData(0,0,a.width,a.height)}).catch(()=>null),this.masks.size>64&&this.masks.clear(),this.masks.set(t,e)),e}};$("annotatedimage",p);export{p as AnnotatedImageView};
