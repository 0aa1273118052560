// Styles of the settings page only, on top of the base styles (ui/base.css.ts).
export const settingsCss = `
.srs-lead{margin:0 0 var(--_space-2);color:var(--_muted);max-width:44rem}
.srs-section{margin:var(--_space-5) 0}
.srs-section h2{font-size:var(--_font-size-xl);line-height:1.3;margin:0 0 var(--_space-3)}
.srs-list{list-style:none;margin:0;padding:0;display:grid;gap:var(--_space-3)}
.srs-item{border:1px solid var(--_border);border-radius:var(--_radius);padding:var(--_space-4);background:var(--_surface)}
.srs-item h3{font-size:var(--_font-size-md);margin:0 0 var(--_space-2)}
.srs-facts{display:flex;flex-wrap:wrap;gap:var(--_space-1) var(--_space-4);margin:0 0 var(--_space-2);color:var(--_muted);font-size:var(--_font-size-sm)}
.srs-facts dt{font-weight:600;color:var(--_text)}
.srs-facts div{display:flex;gap:var(--_space-2);align-items:center}
.srs-facts dd{margin:0}
.srs-badge{display:inline-block;padding:0 var(--_space-2);border-radius:var(--_radius-pill);font-size:var(--_font-size-xs);font-weight:600;border:1px solid currentColor}
.srs-valid{color:var(--_success)}.srs-invalid{color:var(--_danger)}.srs-restricted{color:var(--_warning)}.srs-unchecked{color:var(--_muted)}
.srs-form{display:grid;gap:var(--_space-4);max-width:32rem;padding:var(--_space-4);border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface)}
.srs-form label{display:grid;gap:var(--_space-1);font-weight:600;font-size:var(--_font-size-sm)}
.srs-form input,.srs-form select{font-weight:400;font-size:var(--_font-size-md)}
.srs-key{display:flex;gap:var(--_space-2);margin-top:var(--_space-1)}
.srs-key input{flex:1;min-width:0}
.srs-field-error{color:var(--_danger);font-weight:400;font-size:var(--_font-size-sm)}
.srs-status:empty{display:none}
.srs-status{padding:var(--_space-2) var(--_space-3);border-radius:var(--_radius-sm);background:var(--_success-soft);border:1px solid var(--_success);margin:var(--_space-2) 0}
.srs-confirm{border:1px solid var(--_danger);border-radius:var(--_radius-sm);padding:var(--_space-3);margin-top:var(--_space-3);background:var(--_danger-soft)}
.srs-confirm p{margin:0}
.srs-audit{margin:var(--_space-2) 0 0;padding-left:var(--_space-5);font-size:var(--_font-size-sm)}
.srs-link{display:inline-flex;align-items:center;min-height:var(--_target-min);font-weight:500}
`;
