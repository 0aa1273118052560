// The remote's base styles, shared by the ready page and settings: the tokens on the root
// (`@scenra/tokens`, themable by the host through `--scenra-*`), the one focus ring, buttons,
// form controls, messages and screen-reader-only text. Every class is prefixed `srd-` so
// nothing leaks into the host. The tokens come as the CSS text generated for the elements, which
// the ready page loads anyway, rather than built again at run time from the token data.
import {
  colorSchemeDeclaration,
  focusRingDeclarations,
  privateDeclarations,
} from '../elements/shared/tokens.css.ts';

export const baseCss = `
.srd-root{${privateDeclarations}${colorSchemeDeclaration}font-family:var(--_font);color:var(--_text)}
.srd-root{font-size:var(--_font-size-md);line-height:1.5;max-width:1120px;margin:0 auto;padding:var(--_space-2) 0;box-sizing:border-box;-webkit-font-smoothing:antialiased}
.srd-root *{box-sizing:border-box}
.srd-root :focus-visible{${focusRingDeclarations}}
.srd-root h1:focus,.srd-root h2:focus{outline:none}
.srd-title{font-size:var(--_font-size-2xl);line-height:1.15;letter-spacing:-.02em;font-weight:700;margin:var(--_space-1) 0}
.srd-meta{margin:0;color:var(--_muted);font-size:var(--_font-size-sm)}
.srd-small{font-size:var(--_font-size-sm);margin:var(--_space-2) 0}
.srd-row{display:flex;flex-wrap:wrap;gap:var(--_space-2);align-items:center;margin-top:var(--_space-2)}
.srd-button{display:inline-flex;align-items:center;justify-content:center;gap:var(--_space-2);min-height:var(--_target-min);min-width:var(--_target-min);padding:var(--_space-2) var(--_space-4);border-radius:var(--_radius-sm);border:1px solid var(--_accent);background:var(--_accent);color:var(--_on-accent);font:inherit;font-weight:600;line-height:1.2;cursor:pointer;text-decoration:none}
.srd-button:hover:not(:disabled){filter:brightness(1.1)}
.srd-button.srd-secondary{background:transparent;color:var(--_accent)}
.srd-button.srd-secondary:hover:not(:disabled){filter:none;background:var(--_accent-soft)}
.srd-button.srd-danger{background:var(--_danger);border-color:var(--_danger);color:var(--_on-danger)}
.srd-button:disabled{opacity:.7;cursor:not-allowed}
.srd-link{display:inline-flex;align-items:center;background:none;border:0;padding:var(--_space-1) 0;color:var(--_accent);font:inherit;font-weight:500;cursor:pointer;text-decoration:underline;text-underline-offset:.2em}
.srd-root a{color:var(--_accent);text-underline-offset:.2em}
.srd-root select,.srd-root input:not([type=radio],[type=checkbox]),.srd-root textarea{font:inherit;color:var(--_text);background:var(--_surface);border:1px solid var(--_border-strong);border-radius:var(--_radius-sm)}
.srd-root select,.srd-root input:not([type=radio],[type=checkbox]){min-height:var(--_target-min);padding:var(--_space-2) var(--_space-3);max-width:100%}
.srd-root input[type=radio]{accent-color:var(--_accent);width:1.125rem;height:1.125rem;margin:0;flex:none}
.srd-error{padding:var(--_space-3) var(--_space-4);border:1px solid var(--_danger);border-radius:var(--_radius-sm);background:var(--_danger-soft);color:var(--_text)}
.srd-error p{margin:0 0 var(--_space-2)}
.srd-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
.srd-skel{border-radius:var(--_radius-sm);background:linear-gradient(90deg,var(--_surface-raised),var(--_surface),var(--_surface-raised));background-size:200% 100%;animation:srd-shimmer 1.2s infinite}
@keyframes srd-shimmer{to{background-position:-200% 0}}
@media (prefers-reduced-motion:reduce){.srd-skel{animation:none}}
@media (pointer:coarse){.srd-link{min-height:var(--_target-min)}}
`;
