// The ready page's own styles, on top of the base styles (ui/base.css.ts).

/** Header, action cards (2×2 on wide screens, stacked on phones), details at the bottom. */
export const dashboardCss = `
.srd-header{display:flex;flex-direction:column;gap:var(--_space-2);margin-bottom:var(--_space-5)}
.srd-concept{margin:0;font-size:var(--_font-size-lg);line-height:1.5;color:var(--_text)}
.srd-cards{display:grid;gap:var(--_space-4);grid-template-columns:1fr;margin:var(--_space-4) 0}
@media (min-width:768px){.srd-cards{grid-template-columns:1fr 1fr}}
.srd-cards>*{min-width:0}
.srd-cards .srd-small{color:var(--_muted);margin:0}
.srd-meter{display:flex;align-items:center;min-height:calc(var(--_font-size-sm) * 1.5)}
.srd-progress{display:block;width:100%;height:.5rem;margin:0;border:0;border-radius:var(--_radius-pill);background:var(--_surface-raised);overflow:hidden;appearance:none;-webkit-appearance:none;color:var(--_accent)}
.srd-progress::-webkit-progress-bar{background:var(--_surface-raised);border-radius:var(--_radius-pill)}
.srd-progress::-webkit-progress-value{background:var(--_accent);border-radius:var(--_radius-pill);transition:width .3s}
.srd-progress::-moz-progress-bar{background:var(--_accent);border-radius:var(--_radius-pill)}
.srd-fieldset{border:0;margin:0;padding:0;display:grid;font-size:var(--_font-size-sm)}
.srd-fieldset legend{padding:0;margin-bottom:var(--_space-1);font-weight:600}
.srd-fieldset label{display:flex;gap:var(--_space-2);align-items:center;min-height:var(--_target-min);cursor:pointer}
.srd-choice{display:flex;flex-wrap:wrap;align-items:center;gap:0 var(--_space-4);font-size:var(--_font-size-sm)}
.srd-choice-label{font-weight:600}
.srd-choice label{display:flex;gap:var(--_space-2);align-items:center;min-height:var(--_target-min);cursor:pointer}
.srd-share-controls{display:flex;flex-wrap:wrap;gap:var(--_space-2);align-items:center}
.srd-caret{font-size:.75em}
.srd-share-controls select{font-size:var(--_font-size-md)}
.srd-share-link{word-break:break-all;margin:0}
.srd-manual{margin:var(--_space-4) 0;padding:var(--_space-4);border:1px solid var(--_warning);border-radius:var(--_radius);background:var(--_warning-soft)}
.srd-manual p{margin:0 0 var(--_space-2)}
.srd-manual textarea{width:100%;padding:var(--_space-2)}
.srd-sections{display:grid;gap:var(--_space-2);margin:var(--_space-5) 0}
.srd-details{border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface)}
.srd-details summary{cursor:pointer;padding:var(--_space-3) var(--_space-4);font-weight:600;min-height:var(--_target-min);display:flex;align-items:center;border-radius:var(--_radius)}
.srd-details-body{padding:0 var(--_space-4) var(--_space-4)}
.srd-payer,.srd-confirm{margin:var(--_space-2) 0;padding:var(--_space-3) var(--_space-4);border:1px solid var(--_border);border-radius:var(--_radius-sm);background:var(--_surface)}
.srd-confirm p{margin:0 0 var(--_space-1)}
.srd-prompt{white-space:pre-wrap;margin:0}
.srd-table{border-collapse:collapse;width:100%;font-size:var(--_font-size-sm)}
.srd-table th,.srd-table td{text-align:left;padding:var(--_space-2);border-bottom:1px solid var(--_border);vertical-align:top}
.srd-table th{color:var(--_muted);font-weight:600;width:40%}
.srd-tags{word-break:break-word;margin:0 0 var(--_space-2)}
.srd-another{text-align:center;margin:var(--_space-5) 0}
.srd-keybar-skel{height:3.5rem;margin:var(--_space-4) 0}
.srd-card-skel{height:11rem}
.srd-stage{position:relative;isolation:isolate}
.srd-celebrate{position:absolute;inset:0 0 auto;height:22rem;z-index:-1;pointer-events:none;overflow:hidden;border-radius:var(--_radius);background:radial-gradient(60% 100% at 50% 0,color-mix(in srgb,var(--_accent) 28%,transparent),transparent 70%);animation:srd-glow 2.4s ease-out forwards}
@keyframes srd-glow{0%{opacity:0}15%{opacity:1}100%{opacity:0}}
@media (prefers-reduced-motion:reduce){.srd-celebrate{display:none}}
`;
