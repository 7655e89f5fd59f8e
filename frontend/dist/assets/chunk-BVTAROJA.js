function y(n){let i=[],s,r=n.includes("\r")?n.replace(/\r\n/g,`
`):n;for(;(s=r.indexOf(`

`))>=0;){let t=r.slice(0,s);r=r.slice(s+2);let l=null,e=[];for(let o of t.split(`
`)){let c=o.indexOf(":");if(c<=0)continue;let f=o.slice(0,c),a=o.slice(c+1);a.startsWith(" ")&&(a=a.slice(1)),f==="data"?e.push(a):f==="id"&&(l=u(a))}(e.length>0||l!==null)&&i.push({id:l,data:e.join(`
`)})}return{frames:i,rest:r}}function u(n){return n=n.trim(),/^[0-9]{1,20}$/.test(n)?n.replace(/^0+(?=.)/,""):null}function h(n,i){return n.length!==i.length?n.length>i.length:n>i}function m(n,i){for(let[s,r,t]of i)n=p(n,r,s,t);return n}function d(n){return Array.isArray(n)?n.slice():n!==null&&typeof n=="object"?{...n}:n}function p(n,i,s,r){if(i.length===0){if(s==="replace")return r;if(s==="append")return n+r;throw new Error(`cannot ${s} at the root`)}let[t,...l]=i,e=d(n);if(l.length>0)return e[t]=p(e[t],l,s,r),e;switch(s){case"replace":e[t]=r;break;case"append":e[t]+=r;break;case"add":Array.isArray(e)?e.splice(t,0,r):e[t]=r;break;case"delete":Array.isArray(e)?e.splice(t,1):delete e[t];break}return e}export{y as a,h as b,m as c};
