import { Component, type ComponentChildren } from "preact";
import { uiWord } from "../i18n/ui-words";
import { errorText } from "./use-work";

/**
 * The pane's one global handler: a render error is logged once with its origin and shown in both
 * languages instead of leaving a pane that silently stopped updating.
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
        {uiWord("nb", "failed", { detail })} / {uiWord("en", "failed", { detail })}
      </p>
    );
  }
}
