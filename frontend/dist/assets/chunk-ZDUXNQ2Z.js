import{a as P}from"./chunk-VUUZNZVR.js";import{a as O}from"./chunk-ZFITRCAI.js";import{b as S,c as B,e as C,f as K}from"./chunk-H6LKGIRZ.js";import{d as R}from"./chunk-4BY5VSFZ.js";import{a as M}from"./chunk-WPMDZ3VC.js";import"./chunk-6VDU4B6A.js";import{g as j,h as w}from"./chunk-SUUXRMRK.js";import{a as A,b as F,c as T,e as D}from"./chunk-NCJSEHBS.js";import{c as h}from"./chunk-P7YIV3HJ.js";import{j as o,n as p}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var z=class extends A{constructor(){super(...arguments);this.showScroll=!1;this.editing=null;this.tick=0;this.busy=!1;this.pinned=!0;this.lastTop=0;this.prevCount=0;this.prevLastLen=-1;this.feedback=new Map;this.open=new Map;this.parts=new Map;this.loading=new Set;this.resize=null;this.busyTimer=0;this.busyWatch=null;this.busyFrame=0;this.shown="";this.onScroll=()=>{let t=this.log;if(!t)return;let e=t.scrollTop;U(t)?this.pinned=!0:e<this.lastTop-1&&(this.pinned=!1),this.lastTop=e,this.pinned&&this.showScroll&&(this.showScroll=!1)};this.scrollDown=()=>{this.pinned=!0,this.showScroll=!1,this.toBottom(),this.log?.focus({preventScroll:!0})};this.onClick=t=>{if(K(t))return;let e=t.target;e.closest("button, a, input, textarea, select, audio, video, summary, details, gradio-audio, gradio-video")||String(window.getSelection?.()??"")===""&&this.selectAt(e)};this.onKey=t=>{if(t.key!=="Enter"||!this.props._selectable)return;let e=t.target;e.classList.contains("gr-chat-bubble")&&this.selectAt(e.querySelector(".gr-chat-msg, .gr-chat-thought")??e)};this.onEditKey=t=>{t.key==="Escape"?(t.preventDefault(),this.editing=null):t.key==="Enter"&&(t.ctrlKey||t.metaKey)&&!t.isComposing&&(t.preventDefault(),this.saveEdit())};this.saveEdit=()=>{let t=this.editing;if(!t||!Array.isArray(this.value))return;this.editing=null;let e=this.value.map((s,i)=>i===t.index?{...s,content:[{type:"text",text:t.text}]}:s);this.userValue(e),this.emit("edit",{index:t.index,value:t.text,previous_value:t.previous})}}static{this.properties={...A.properties,showScroll:{state:!0},editing:{state:!0},tick:{state:!0},busy:{state:!0}}}get log(){return this.querySelector(":scope > .gr-chatbot > .gr-chat-log")}connectedCallback(){super.connectedCallback(),this.resize=new ResizeObserver(()=>{this.pinned&&this.props.autoscroll!==!1&&this.toBottom()});let t=this.querySelector(".gr-chat-messages");t&&this.resize.observe(t);let e=this.parentElement;e&&(this.busyWatch=new MutationObserver(()=>this.watchBusy(e)),this.busyWatch.observe(e,{attributes:!0,attributeFilter:["aria-busy"]}))}disconnectedCallback(){super.disconnectedCallback(),this.resize?.disconnect(),this.resize=null,this.busyWatch?.disconnect(),this.busyWatch=null,cancelAnimationFrame(this.busyFrame),clearTimeout(this.busyTimer)}contentKey(){let t=Array.isArray(this.value)?this.value:[];return`${t.length}:${t.length?V(t[t.length-1]):-1}`}watchBusy(t){cancelAnimationFrame(this.busyFrame),this.busy=t.getAttribute("aria-busy")==="true";let e=()=>{this.contentKey()!==this.shown&&this.requestUpdate(),t.getAttribute("aria-busy")==="true"&&(this.busyFrame=requestAnimationFrame(e))};e()}async scheduleUpdate(){document.visibilityState!=="hidden"&&await new Promise(t=>{let e=setTimeout(t,100);requestAnimationFrame(()=>{clearTimeout(e),t()})}),super.scheduleUpdate()}messages(){let t=Array.isArray(this.value)?this.value:[],e=[];return t.forEach((s,i)=>{if(Array.isArray(s)){s.forEach((n,l)=>{n!=null&&e.push({index:i,role:l===0?"user":"assistant",parts:G(n),metadata:null,options:null,raw:s,children:[]})});return}!s||typeof s!="object"||e.push({index:i,role:String(s.role??"assistant"),parts:G(s.content),metadata:s.metadata&&typeof s.metadata=="object"?s.metadata:null,options:Array.isArray(s.options)?s.options.filter(n=>n&&n.value!=null):null,raw:s,children:[]})}),e}willUpdate(t){t.has("value")&&this.editing&&!Array.isArray(this.value)&&(this.editing=null)}render(){let t=this.props,e=this.messages(),s=q(e),i=t.layout==="panel"?"panel":"bubble",n=Array.isArray(t.buttons)?t.buttons.filter(m=>typeof m=="string"):["copy","copy_all"],l=t.height===void 0?400:t.height,c=l!=null&&l!=="auto"&&l!=="",u=[c?`height:${E(l)}`:"",t.min_height!=null?`min-height:${E(t.min_height)}`:"",t.max_height!=null?`max-height:${E(t.max_height)}`:""].filter(Boolean).join(";"),d=s[s.length-1],y=e[e.length-1],f=d&&d.role==="assistant"?y?.options:null,g=t.label?this.uid+"-label":null;return o`${this.label(null)}
      <div class="gr-chatbot gr-chat-${i} ${t.resizable?"gr-chat-resizable":""} ${c?"gr-chat-fixed":""}" style=${u}>
        ${e.length?o`<div class="gr-chat-toolbar">
              ${n.includes("copy_all")?x("copy",h("chat.copy_conversation"),m=>this.copyText(m,I(e))):p}
              ${x("trash",h("chat.clear_conversation"),()=>this.clear())}
            </div>`:p}
        <div
          class="gr-chat-log"
          role="log"
          aria-live="polite"
          aria-labelledby=${g??p}
          aria-label=${g?p:h("chat.conversation")}
          tabindex="0"
          dir=${t.rtl?"rtl":p}
          @scroll=${this.onScroll}
          @click=${this.onClick}
          @keydown=${this.onKey}
        >
          <div class="gr-chat-messages">
            ${e.length===0?this.emptyView():s.map((m,b)=>{let v=b===s.length-1,$=[...m.all.map(N=>N.raw),v?J(m):0,v,t,this.tick,this.editing?.group===b?this.editing:null,this.interactive];return P($,()=>this.groupView(m,b,v,i,n))})}
            ${f&&f.length?o`<div class="gr-chat-options" role="group" aria-label=${h("chat.suggested_replies")}>
                  ${f.map((m,b)=>o`<button type="button" class="gr-chat-option" @click=${()=>this.emit("option_select",{index:b,value:m.value})}>
                        ${m.label||m.value}
                      </button>`)}
                </div>`:p}
            ${d&&d.role==="user"?o`<div class="gr-chat-pending" aria-hidden="true"><span></span><span></span><span></span></div>`:p}
          </div>
        </div>
        ${this.showScroll?o`<button type="button" class="gr-chat-scroll" @click=${this.scrollDown}>
              <span aria-hidden="true">↓</span> New messages
            </button>`:p}
      </div>`}emptyView(){let t=this.props,e=Array.isArray(t.examples)?t.examples:[];return!t.placeholder&&e.length===0?o``:o`<div class="gr-chat-empty">
      ${t.placeholder?o`<div class="gr-prose gr-chat-placeholder">${M(S(String(t.placeholder),this.mdOptions()))}</div>`:p}
      ${e.length?o`<div class="gr-chat-examples" role="group" aria-label=${h("common.examples")}>
            ${e.map((s,i)=>{let n=Array.isArray(s?.files)?s.files.filter(k):[],l=s?.display_text??s?.text??"";return o`<button
                type="button"
                class="gr-chat-example"
                @click=${()=>this.emit("example_select",{index:i,value:{text:s?.text??"",files:s?.files??[]}})}
              >
                ${k(s?.icon)?o`<img class="gr-chat-example-icon" src=${this.url(s.icon)} alt="" />`:p}
                ${l?o`<span class="gr-chat-example-text">${l}</span>`:p}
                ${n.length?o`<span class="gr-chat-example-files">
                      ${n.map(c=>W(c)==="image"?o`<img class="gr-chat-example-thumb" src=${this.url(c)} alt=${w(c)} />`:o`<span class="gr-chat-example-file">${w(c)}</span>`)}
                    </span>`:p}
              </button>`})}
          </div>`:p}
    </div>`}groupView(t,e,s,i,n){let l=this.props,c=t.role==="user"?"user":t.role==="system"?"system":"assistant",u=Array.isArray(l.avatar_images)?l.avatar_images:[],d=c==="system"?null:u[c==="user"?0:1],y=typeof d=="string"?d:k(d)?this.url(d):null,f=l.group_consecutive_messages!==!1,g=l._selectable===!0,m=this.editing?.group===e?this.editing:null,b=$=>o`<div class="gr-chat-bubble ${g?"gr-chat-selectable":""}" part="message ${c}">${$}</div>`,v;return m?v=o`<div class="gr-chat-bubble gr-chat-editing">
        <textarea
          class="gr-input gr-textarea gr-chat-edit"
          aria-label=${h("chat.edit_message")}
          rows=${Math.min(12,Math.max(2,m.text.split(`
`).length))}
          .value=${O(m.text)}
          @input=${$=>this.editing={...m,text:$.target.value}}
          @keydown=${this.onEditKey}
        ></textarea>
        <div class="gr-chat-edit-buttons">
          <button type="button" class="gr-button gr-primary gr-sm" @click=${this.saveEdit}>${h("common.save")}</button>
          <button type="button" class="gr-button gr-secondary gr-sm" @click=${()=>this.editing=null}>${h("common.cancel")}</button>
        </div>
      </div>`:f?v=b(t.top.map($=>this.messageView($))):v=t.top.map($=>b(this.messageView($))),o`<div class="gr-chat-row gr-chat-${c}">
      ${y?o`<img class="gr-chat-avatar" src=${y} alt=${c==="user"?h("chat.user_avatar"):h("chat.assistant_avatar")} />`:p}
      <div class="gr-chat-col">${v} ${m?p:this.actions(t,e,s,c,n)}</div>
    </div>`}actions(t,e,s,i,n){let l=this.props,c=t.all.map(_).filter(Boolean).join(`

`),u=[];if(n.includes("copy")&&c&&u.push(x("copy",h("chat.copy_message"),g=>{this.copyText(g,c),this.emit("copy",{index:t.first,value:c})})),l.likeable===!0&&(i==="assistant"||i==="user"&&l.like_user_message===!0)){let g=Array.isArray(l.feedback_options)?l.feedback_options.map(String):["Like","Dislike"],m=this.feedbackOf(t,e);g.includes("Like")&&u.push(x("like",h("chat.like"),()=>this.like(t,!0),m===!0)),g.includes("Dislike")&&u.push(x("dislike",h("chat.dislike"),()=>this.like(t,!1),m===!1));let b=g.filter(v=>v!=="Like"&&v!=="Dislike");b.length&&u.push(o`<details class="gr-chat-feedback">
          <summary class="gr-icon-button gr-chat-btn" aria-label=${h("chat.more_feedback")} title=${h("chat.more_feedback")}>${H("flag")}</summary>
          <div class="gr-chat-feedback-menu" role="group" aria-label=${h("chat.feedback")}>
            ${b.map(v=>o`<button type="button" class="gr-chat-feedback-option" aria-pressed=${String(m===v)} @click=${$=>{$.currentTarget.closest("details")?.removeAttribute("open"),this.like(t,v)}}>${v}</button>`)}
          </div>
        </details>`)}s&&i==="assistant"&&!this.busy&&(l._retryable&&u.push(x("retry",h("chat.retry"),()=>this.undoRetry("retry"))),l._undoable&&u.push(x("undo",h("chat.undo"),()=>this.undoRetry("undo"))));let y=t.top[0],f=y&&y.parts.length>0&&y.parts.every(g=>(g.type??"text")==="text");return y&&f&&(l.editable==="all"||l.editable==="user"&&i==="user")&&u.push(x("edit",h("chat.edit_message"),()=>{let g=_(y);this.editing={group:e,index:y.index,text:g,previous:g},this.updateComplete.then(()=>this.querySelector(".gr-chat-edit")?.focus())})),u.length===0?p:o`<div class="gr-chat-actions" role="group" aria-label=${i==="user"?h("chat.user_actions"):h("chat.assistant_actions")}>${u}</div>`}messageView(t){let e=o`${t.parts.map((i,n)=>this.partView(t,i,n))}${t.children.map(i=>this.messageView(i))}`,s=t.metadata;if(s&&s.title){let i=s.id!=null?`id:${s.id}`:`i:${t.index}`,n=s.status==="pending",l=this.open.get(i)??s.status!=="done",c=`${this.uid}-thought-${t.index}`;return o`<div class="gr-chat-thought ${n?"gr-chat-thought-pending":""}" data-index=${t.index}>
        <button
          type="button"
          class="gr-chat-thought-head"
          aria-expanded=${String(l)}
          aria-controls=${c}
          @click=${()=>{this.open.set(i,!l),this.tick++}}
        >
          <span class="gr-chat-caret" aria-hidden="true"></span>
          ${n?o`<span class="gr-chat-spinner" role="status" aria-label=${h("chat.running")}></span>`:p}
          <span class="gr-chat-thought-title">${M(C(s.title,this.props.sanitize_html!==!1))}</span>
          ${s.log?o`<span class="gr-chat-thought-log">${s.log}</span>`:p}
          ${typeof s.duration=="number"?o`<span class="gr-chat-thought-duration">${Q(s.duration)}</span>`:p}
        </button>
        <div class="gr-chat-thought-body" id=${c} ?hidden=${!l}>${e}</div>
      </div>`}return o`<div class="gr-chat-msg" data-index=${t.index}>${e}</div>`}partView(t,e,s){switch(e.type??(e.file?"file":e.component?"component":"text")){case"text":{let n=String(e.text??"");return this.props.render_markdown===!1?o`<div class="gr-chat-plain">${n}</div>`:o`<div class="gr-prose gr-chat-md">${B(n,this.mdOptions()).map(l=>M(l))}</div>`}case"file":return(Array.isArray(e.file)?e.file:e.file?[e.file]:[]).filter(k).map(l=>this.fileView(l,e.alt_text??null));case"component":return this.componentView(t,e,s);default:return o`<pre class="gr-chat-json">${JSON.stringify(e,null,2)}</pre>`}}fileView(t,e){let s=this.url(t),i=w(t),n=this.props.allow_file_downloads!==!1,l=n?o`<a class="gr-chat-download" href=${s} download=${i} target="_blank" rel="noopener">Download ${i}</a>`:p;switch(W(t)){case"image":return o`<figure class="gr-chat-media"><img class="gr-chat-image" src=${s} alt=${e??i} loading="lazy" /></figure>`;case"audio":return o`<figure class="gr-chat-media"><audio controls preload="metadata" src=${s} title=${e??i}></audio>${l}</figure>`;case"video":return o`<figure class="gr-chat-media"><video controls preload="metadata" src=${s} title=${e??i}></video>${l}</figure>`;default:{let c=j(t.size);return o`<a class="gr-chat-file" href=${s} download=${n?i:p} target="_blank" rel="noopener">
          <span class="gr-chat-file-icon" aria-hidden="true">${H("file")}</span>
          <span class="gr-chat-file-name">${i}</span>${c?o`<span class="gr-chat-file-size">${c}</span>`:p}
        </a>`}}}componentView(t,e,s){let i=String(e.component??""),n=e.value,l=u=>(Array.isArray(u)?u:[u]).map(d=>k(d)?d:k(d?.image)?d.image:k(d?.video)?d.video:null).filter(Boolean);switch(i){case"image":case"audio":case"video":case"file":case"gallery":if(l(n).length)return l(n).map(u=>this.fileView(u,e.alt_text??null));break;case"markdown":if(typeof n=="string")return o`<div class="gr-prose gr-chat-md">${M(S(n,this.mdOptions()))}</div>`;break;case"html":if(typeof n=="string")return o`<div class="gr-chat-html">${M(this.props.sanitize_html===!1?n:R(n))}</div>`;break}let c=i&&i!=="chatbot"?T(i):void 0;if(!c&&i&&i!=="chatbot"&&!this.loading.has(i)&&(this.loading.add(i),D([i]).then(()=>T(i)&&this.requestUpdate())),c){let u=`${t.index}:${s}`,d={...e.constructor_args??{},...e.props??{},show_label:!1,container:!1},y=JSON.stringify([d,n]),f=this.parts.get(u);if(!f||f.kind!==i){let g=document.createElement(c);g.host=this.host,g.interactive=!1,f={kind:i,json:"",el:g},this.parts.set(u,f)}if(f.json!==y){let g=f.el;g.props=d,g.value=n,f.json=y}return o`<div class="gr-chat-component">${f.el}</div>`}return o`<pre class="gr-chat-json">${JSON.stringify(n,null,2)}</pre>`}mdOptions(){let t=this.props,e=Array.isArray(t.latex_delimiters)?t.latex_delimiters:[{left:"$$",right:"$$",display:!0}];return{sanitize:t.sanitize_html!==!1,lineBreaks:t.line_breaks!==!1,delimiters:e,allowTags:t.allow_tags===!0||Array.isArray(t.allow_tags)?t.allow_tags:!1,onMath:()=>this.tick++}}url(t){return this.host?this.host.fileURL(t):t.url??t.path}firstUpdated(){let t=this.querySelector(".gr-chat-messages");t&&this.resize?.observe(t)}updated(t){let e=this.querySelector(".gr-chat-messages");e&&this.resize?.observe(e);let s=this.contentKey();if(!t.has("value")&&s===this.shown)return;this.shown=s;let i=this.log;if(!i)return;let n=Array.isArray(this.value)?this.value:[],l=n.length,c=n[l-1],u=c?V(c):-1;l>this.prevCount&&c?.role==="user"&&(this.pinned=!0),l===this.prevCount&&u!==this.prevLastLen&&(i.setAttribute("aria-busy","true"),clearTimeout(this.busyTimer),this.busyTimer=window.setTimeout(()=>i.removeAttribute("aria-busy"),1e3));let d=l!==this.prevCount||u!==this.prevLastLen;if(this.prevCount=l,this.prevLastLen=u,l===0){this.pinned=!0,this.showScroll=!1;return}this.props.autoscroll!==!1&&this.pinned?this.toBottom():d&&!U(i)&&!this.showScroll&&(this.showScroll=!0)}toBottom(){let t=this.log;if(!t)return;let e=t.scrollHeight-t.clientHeight;e>t.scrollTop&&(t.scrollTop=e),this.lastTop=t.scrollTop}selectAt(t){let e=t.closest(".gr-chat-msg, .gr-chat-thought");if(!e)return;let s=Number(e.dataset.index),i=this.messages().find(n=>n.index===s);i&&this.emit("select",{index:s,value:L(i)})}feedbackOf(t,e){if(this.feedback.has(t.first))return this.feedback.get(t.first);let s=this.props.feedback_value;if(!Array.isArray(s))return null;let n=q(this.messages()).slice(0,e).filter(c=>c.role==="assistant").length,l=s[n];return l==="Like"?!0:l==="Dislike"?!1:l??null}like(t,e){this.feedback.set(t.first,e),this.tick++,this.emit("like",{index:t.first,value:t.all.map(L),liked:e})}undoRetry(t){let e=this.messages(),s=e.length-1;for(;s>0&&e[s].role==="assistant";)s--;let i=e[s];i&&this.emit(t,{index:i.index,value:L(i)})}clear(){this.editing=null,this.feedback.clear(),this.open.clear(),this.parts.clear(),this.userValue([]),this.emit("clear")}copyText(t,e){let s=t.currentTarget;this.props.watermark&&(e+=`

${this.props.watermark}`);let i=s.getAttribute("aria-label")??"";navigator.clipboard?.writeText(e).then(()=>{s.classList.add("gr-chat-copied"),s.setAttribute("aria-label",h("common.copied")),s.title=h("common.copied"),setTimeout(()=>{s.classList.remove("gr-chat-copied"),s.setAttribute("aria-label",i),s.title=i},1500)},()=>{})}};function G(a){if(a==null)return[];if(typeof a=="string")return[{type:"text",text:a}];if(Array.isArray(a))return a.map(r=>typeof r=="string"?{type:"text",text:r}:k(r)?{type:"file",file:r}:r).filter(Boolean);if(typeof a=="object"){let r=a;return k(r)?[{type:"file",file:r}]:r.file||r.path?[{type:"file",file:r.file??r,alt_text:r.alt_text??null}]:[r]}return[{type:"text",text:String(a)}]}function q(a){let r=[];for(let t of a){let e=r[r.length-1];(!e||e.role!==t.role)&&(e={role:t.role,top:[],all:[],first:t.index},r.push(e)),e.all.push(t)}for(let t of r){let e=new Map;for(let s of t.all){s.children=[];let i=s.metadata?.parent_id,n=i!=null?e.get(String(i)):void 0;n?n.children.push(s):t.top.push(s),s.metadata?.id!=null&&e.set(String(s.metadata.id),s)}}return r}function _(a){return a.parts.filter(t=>(t.type??"text")==="text").map(t=>String(t.text??"")).join(`
`)}function L(a){return a.parts.every(r=>(r.type??"text")==="text")?_(a):a.parts.length===1?a.parts[0]:a.parts}function I(a){return a.map(r=>{let t=_(r)||r.parts.map(e=>e.file&&k(e.file)?w(e.file):"").filter(Boolean).join(", ");return`${r.role}: ${t}`}).join(`

`)}function V(a){let r=a?.content;if(typeof r=="string")return r.length;if(!Array.isArray(r))return 0;let t=r.length;for(let e of r)e&&typeof e.text=="string"&&(t+=e.text.length);return a?.metadata?.status&&(t+=a.metadata.status.length*1e3),t}function J(a){let r=a.all[a.all.length-1];return`${a.all.length}:${V(r.raw)}:${r.metadata?.status??""}:${r.metadata?.duration??""}`}function U(a){return a.scrollHeight-a.scrollTop-a.clientHeight<48}function k(a){return a!=null&&typeof a=="object"&&(typeof a.path=="string"||typeof a.url=="string")}function W(a){let r=(a.mime_type??"").toLowerCase();if(r.startsWith("image/"))return"image";if(r.startsWith("audio/"))return"audio";if(r.startsWith("video/"))return"video";let t=(w(a).split(".").pop()??"").toLowerCase();return["png","jpg","jpeg","gif","webp","svg","avif","bmp","ico"].includes(t)?"image":["mp3","wav","ogg","oga","flac","m4a","aac","opus","weba"].includes(t)?"audio":["mp4","webm","ogv","mov","m4v","mkv"].includes(t)?"video":"file"}function Q(a){if(a<60)return`${a<10?a.toFixed(1):Math.round(a)}s`;let r=Math.floor(a/60);return`${r}m ${Math.round(a-r*60)}s`}function E(a){return typeof a=="number"?`${a}px`:String(a)}var X={copy:"M9 9h11v11H9zM5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1",trash:"M3 6h18M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6M10 11v6M14 11v6M9 6V4h6v2",like:"M7 10v11M15 5.9 14 10h5.8a2 2 0 0 1 2 2.3l-1.4 7A2 2 0 0 1 18.4 21H7V10l4-8a3 3 0 0 1 4 3.9zM3 10h4v11H3z",dislike:"M17 14V3M9 18.1 10 14H4.2a2 2 0 0 1-2-2.3l1.4-7A2 2 0 0 1 5.6 3H17v11l-4 8a3 3 0 0 1-4-3.9zM21 14h-4V3h4z",retry:"M21 12a9 9 0 1 1-2.6-6.4M21 3v6h-6",undo:"M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11",edit:"M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z",flag:"M4 22V4M4 4h13l-2 4 2 4H4",file:"M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zM14 2v6h6"};function H(a){return o`<svg class="gr-chat-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${X[a]} /></svg>`}function x(a,r,t,e){return o`<button
    type="button"
    class="gr-icon-button gr-chat-btn"
    aria-label=${r}
    title=${r}
    aria-pressed=${e==null?p:String(e)}
    @click=${t}
  >
    ${H(a)}
  </button>`}F("chatbot",z);export{z as Chatbot};
