import{a as o,b as d}from"./chunk-NCJSEHBS.js";import{c as n}from"./chunk-P7YIV3HJ.js";import{j as a,n as c}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var l=class extends o{constructor(){super(...arguments);this.saved=[];this.current=null;this.own=void 0}static{this.properties={...o.properties,saved:{state:!0},current:{state:!0}}}connectedCallback(){super.connectedCallback(),this.saved=this.read()}get key(){return String(this.props.storage_key||"gradio-go-chats")}read(){try{let t=JSON.parse(localStorage.getItem(this.key)??"[]");return Array.isArray(t)?t.filter(e=>e&&typeof e.id=="string"&&Array.isArray(e.messages)):[]}catch{return[]}}write(t){this.saved=t;try{localStorage.setItem(this.key,JSON.stringify(t))}catch(e){console.warn("gradio: the chat history could not be saved",e)}}willUpdate(t){t.has("value")&&this.value!==this.own&&this.store(this.value)}store(t){let e=this.read(),r=this.current==null?-1:e.findIndex(u=>u.id===this.current);if(!Array.isArray(t)||t.length===0){r>=0&&e.splice(r,1),this.current=null,this.write(e);return}let s={id:this.current??p(),title:g(t),messages:t};r>=0?e[r]=s:e.unshift(s),this.current=s.id,this.write(e)}pick(t){this.current=t?.id??null,this.own=t?t.messages:[],this.value=this.own,this.emit("change"),this.emit("select",{index:t?this.saved.indexOf(t):null,value:this.own})}forget(t,e){t.stopPropagation(),this.write(this.read().filter(r=>r.id!==e.id)),this.current===e.id&&this.pick(null)}render(){return a`<nav class="gr-chat-history" aria-label=${n("chat.history")}>
      <button type="button" class="gr-button gr-primary gr-chat-new" @click=${()=>this.pick(null)}>${n("chat.new_chat")}</button>
      ${this.saved.length?a`<ul class="gr-chat-history-list">
            ${this.saved.map(t=>a`<li class="gr-chat-history-item ${t.id===this.current?"gr-current":""}">
                <button
                  type="button"
                  class="gr-chat-history-open"
                  aria-current=${t.id===this.current?"true":c}
                  title=${t.title}
                  @click=${()=>this.pick(t)}
                >
                  ${t.title}
                </button>
                <button type="button" class="gr-chat-history-delete" aria-label=${n("common.delete_item",{name:t.title})} title=${n("common.delete")} @click=${e=>this.forget(e,t)}>×</button>
              </li>`)}
          </ul>`:a`<p class="gr-chat-history-empty">${n("chat.no_history")}</p>`}
    </nav>`}};function p(){return`${Date.now().toString(36)}-${Math.random().toString(36).slice(2,8)}`}function g(h){let i="";for(let t of h){if(t?.role!=="user")continue;let r=(Array.isArray(t.content)?t.content:[{type:"text",text:String(t.content??"")}]).filter(s=>s?.type==="text"&&s.text).map(s=>s.text).join(" ");if(r){i+=r;break}i+="📎 "}return i=i.trim(),i.length>40?i.slice(0,40)+"...":i||n("chat.untitled")}d("chathistory",l);export{l as ChatHistory};
