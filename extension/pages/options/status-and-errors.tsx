/** What the options page says after an action: a polite status line, or an alert listing each error. */
export function StatusAndErrors({
  status,
  heading,
  errors,
}: {
  status?: string;
  heading: string;
  errors: readonly string[];
}) {
  return (
    <>
      <div role="status" aria-live="polite">
        {status && <p>{status}</p>}
      </div>
      <div role="alert">
        {errors.length > 0 && (
          <>
            <p class="error">{heading}</p>
            <ul class="error">
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}
