// Styles of the in-page card, scoped to its shadow root so neither the helpdesk nor the card restyles the other.
export const CARD_CSS = `
.card { position: fixed; z-index: 2147483647; width: 340px; max-width: calc(100vw - 16px); box-sizing: border-box;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; background: #fff;
  border: 1px solid #e5e7eb; border-radius: 10px; box-shadow: 0 10px 30px rgba(15, 23, 42, .18); padding: 12px 12px 10px; pointer-events: auto; }
.card * { box-sizing: border-box; }
.card-head { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.chip { display: inline-flex; align-items: center; gap: 6px; font-weight: 600; font-size: 12px; }
.dot { width: 8px; height: 8px; border-radius: 50%; flex: none; }
.sev-info .dot { background: #2563eb; } .sev-warning .dot { background: #d97706; } .sev-error .dot { background: #dc2626; }
.close { margin-left: auto; border: 0; background: transparent; font-size: 16px; line-height: 1; color: #6b7280; cursor: pointer; padding: 2px 6px; border-radius: 6px; }
.close:hover, .close:focus-visible { background: #f3f4f6; color: #111827; }
.message { margin: 0 0 10px; }
.flagged { color: #6b7280; font-size: 12px; margin: -4px 0 8px; }
.flagged s { color: #b91c1c; }
.suggestions { display: flex; flex-direction: column; gap: 6px; margin-bottom: 8px; }
.suggestion { text-align: left; border: 1px solid #d1fae5; background: #ecfdf5; color: #065f46; border-radius: 8px; padding: 7px 9px;
  font: inherit; cursor: pointer; white-space: pre-wrap; overflow-wrap: anywhere; }
.suggestion:hover, .suggestion:focus-visible { background: #d1fae5; border-color: #10b981; outline: none; }
.suggestion.remove { border-color: #fee2e2; background: #fef2f2; color: #991b1b; }
.suggestion.remove:hover, .suggestion.remove:focus-visible { background: #fee2e2; border-color: #ef4444; }
.none { color: #6b7280; font-style: italic; margin: 0 0 8px; }
.actions { display: flex; gap: 6px; border-top: 1px solid #f3f4f6; padding-top: 8px; }
.action { border: 0; background: transparent; color: #4b5563; font: inherit; font-size: 12px; padding: 4px 6px; border-radius: 6px; cursor: pointer; }
.action:hover, .action:focus-visible { background: #f3f4f6; color: #111827; outline: none; }
.note { margin: 8px 0 0; padding: 6px 8px; background: #fffbeb; border: 1px solid #fde68a; border-radius: 6px; color: #92400e; font-size: 12px; }
.why { color: #6b7280; font-size: 12px; margin: 0 0 8px; }
`;
