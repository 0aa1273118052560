// The dashboard's styles, scoped by the `srd-` prefix so they never leak into the host.
// Hosts theme them through the custom properties on `.srd-root`.
export const dashboardCss = `
.srd-root{--srd-accent:#5b3df5;--srd-text:#14121f;--srd-muted:#5c5a6b;--srd-surface:#fff;--srd-border:#dcd9e8;
  color:var(--srd-text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1120px;margin:0 auto;padding:1rem;box-sizing:border-box}
.srd-root *{box-sizing:border-box}
.srd-header{display:flex;flex-direction:column;gap:.5rem;margin-bottom:1.5rem}
.srd-link{align-self:flex-start;background:none;border:0;padding:.25rem 0;color:var(--srd-accent);font:inherit;cursor:pointer;text-decoration:underline}
.srd-steps{display:flex;gap:1rem;list-style:none;margin:0;padding:0;color:var(--srd-muted);font-size:.875rem}
.srd-steps li{display:flex;align-items:center;gap:.375rem}
.srd-steps li[aria-current]{color:var(--srd-text);font-weight:600}
.srd-step-dot{display:inline-grid;place-items:center;width:1.5rem;height:1.5rem;border-radius:50%;background:var(--srd-accent);color:#fff;font-size:.75rem}
.srd-title{font-size:clamp(1.5rem,4vw,2.25rem);line-height:1.2;margin:.25rem 0}
.srd-concept{margin:0;font-size:1.0625rem}
.srd-meta{margin:0;color:var(--srd-muted);font-size:.9375rem}
.srd-button{font:inherit;padding:.5rem 1rem;border-radius:.5rem;border:1px solid var(--srd-accent);background:var(--srd-accent);color:#fff;cursor:pointer;min-height:44px}
.srd-button:focus-visible,.srd-link:focus-visible{outline:3px solid #ffb020;outline-offset:2px}
.srd-error{padding:1rem;border:1px solid #c0392b;border-radius:.5rem;background:#fdf0ee}
.srd-skel{border-radius:.375rem;background:linear-gradient(90deg,#eceaf3,#f6f5fa,#eceaf3);background-size:200% 100%;animation:srd-shimmer 1.2s infinite}
@keyframes srd-shimmer{to{background-position:-200% 0}}
@media (prefers-reduced-motion:reduce){.srd-skel{animation:none}}
`;

/** Layout of the actions: 2×2 cards on wide screens, stacked on phones; details at the bottom. */
export const layoutCss = `
.srd-cards{display:grid;gap:1rem;grid-template-columns:1fr;margin:1rem 0}
@media (min-width:768px){.srd-cards{grid-template-columns:1fr 1fr}}
.srd-cards>*{min-width:0}
.srd-small{font-size:.875rem;margin:.5rem 0}
.srd-row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-top:.5rem}
.srd-secondary{background:#fff;color:var(--srd-accent)}
.srd-progress{width:100%;height:.5rem;margin:.5rem 0}
.srd-fieldset{border:1px solid var(--srd-border);border-radius:.5rem;margin:.5rem 0;padding:.5rem .75rem;display:grid;gap:.25rem;font-size:.875rem}
.srd-fieldset label{display:flex;gap:.375rem;align-items:center;min-height:32px}
.srd-expiry{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.srd-expiry select{font:inherit;min-height:44px;max-width:100%;padding:0 .5rem;border:1px solid #8d8a9e;border-radius:.375rem;background:#fff;color:inherit}
.srd-share-link{word-break:break-all}
.srd-payer,.srd-confirm{margin:.5rem 0;padding:.75rem 1rem;border:1px solid var(--srd-border);border-radius:.5rem;background:var(--srd-surface)}
.srd-confirm p{margin:0 0 .25rem}
.srd-manual{margin:1rem 0;padding:1rem;border:1px solid var(--srd-border);border-radius:.5rem;background:#fffbea}
.srd-manual textarea{width:100%;font:inherit}
.srd-sections{display:grid;gap:.5rem;margin:1rem 0}
.srd-details{border:1px solid var(--srd-border);border-radius:.5rem;background:var(--srd-surface)}
.srd-details summary{cursor:pointer;padding:.75rem 1rem;font-weight:600;min-height:44px;box-sizing:border-box}
.srd-details summary:focus-visible{outline:3px solid #ffb020;outline-offset:2px}
.srd-details-body{padding:0 1rem 1rem}
.srd-prompt{white-space:pre-wrap;margin:0}
.srd-table{border-collapse:collapse;width:100%}
.srd-table th,.srd-table td{text-align:left;padding:.375rem .5rem;border-bottom:1px solid var(--srd-border);vertical-align:top}
.srd-tags{word-break:break-word}
.srd-another{text-align:center;margin:1.5rem 0}
.srd-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.srd-keybar-skel{height:3.5rem;margin:1rem 0}
.srd-card-skel{height:11rem}
.srd-celebrate{position:fixed;inset:0;pointer-events:none;background:radial-gradient(circle at 50% 0,rgba(91,61,245,.18),transparent 60%);animation:srd-glow 2.4s ease-out forwards}
@keyframes srd-glow{from{opacity:1}to{opacity:0}}
@media (prefers-reduced-motion:reduce){.srd-celebrate{display:none}}
`;
