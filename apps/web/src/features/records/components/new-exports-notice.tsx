/** Exports started since the list was loaded: offered, never pushed in under the user's scroll. */
export function NewExportsNotice({ onShow }: { onShow: () => void }) {
  return (
    <div className="banner banner-info" role="status" data-testid="new-exports">
      <span>New exports have started since this list was loaded.</span>
      <button type="button" className="button" onClick={onShow}>
        Show them
      </button>
    </div>
  );
}
