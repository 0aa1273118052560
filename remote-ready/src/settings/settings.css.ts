// Styles of the settings page only (the dashboard's base styles come from dashboard.css.ts).
export const settingsCss = `
.srs-section{margin:1.5rem 0}
.srs-section h2{font-size:1.25rem;margin:0 0 .75rem}
.srs-list{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}
.srs-item{border:1px solid var(--srd-border);border-radius:.5rem;padding:.75rem 1rem;background:var(--srd-surface)}
.srs-item h3{font-size:1rem;margin:0 0 .25rem}
.srs-facts{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0 0 .5rem;color:var(--srd-muted);font-size:.875rem}
.srs-facts dt{font-weight:600;color:var(--srd-text)}
.srs-facts div{display:flex;gap:.375rem}
.srs-facts dd{margin:0}
.srs-badge{display:inline-block;padding:0 .5rem;border-radius:1rem;font-size:.8125rem;font-weight:600;border:1px solid currentColor}
.srs-valid{color:#166534}.srs-invalid{color:#b42318}.srs-restricted{color:#8a4b00}.srs-unchecked{color:#5c5a6b}
.srs-form{display:grid;gap:.75rem;max-width:32rem}
.srs-form label{display:grid;gap:.25rem;font-weight:600}
.srs-form input,.srs-form select{font:inherit;padding:.5rem;border:1px solid #8d8a9e;border-radius:.375rem;min-height:44px}
.srs-key{display:flex;gap:.5rem}
.srs-key input{flex:1;min-width:0}
.srs-field-error{color:#b42318;font-weight:400;font-size:.875rem}
.srs-note{padding:.5rem .75rem;border-radius:.375rem;background:#eef6ee;border:1px solid #9cc59c;margin:.5rem 0}
.srs-warn{background:#fff6e5;border-color:#e0b057}
.srs-confirm{border:1px solid #c0392b;border-radius:.5rem;padding:.75rem;margin-top:.5rem;background:#fdf0ee}
.srs-audit{margin:.5rem 0 0;padding-left:1.25rem;font-size:.875rem}
.srd-button:disabled{opacity:.6;cursor:not-allowed}
.srd-danger{background:#b42318;border-color:#b42318}
.srs-link{display:inline-flex;align-items:center;min-height:44px}
`;
