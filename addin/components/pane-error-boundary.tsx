import { Component, type ComponentChildren } from "preact";
import { uiWordEveryLang } from "../i18n/ui-words";
import { errorText } from "./use-work";

/**
 * The pane's one global handler: a render error is logged once with its origin and shown in every
 * language loaded (Norwegian, and English once it was chosen) instead of leaving a pane that
 * silently stopped updating.
 */
export class PaneErrorBoundary extends Component<{ children: ComponentChildren }, { error?: unknown }> {
  override state: { error?: unknown } = {};

  override componentDidCatch(error: unknown): void {
    console.error("[hso task pane] render", error);
    this.setState({ error });
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    const detail = errorText(this.state.error);
    return (
      <p role="alert" class="error">
        {uiWordEveryLang("failed", { detail })}
      </p>
    );
  }
}
