import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "The table", "The record". */
  what: string;
  children: ReactNode;
}

/**
 * Keeps a widget's failure (a render bug, a lazily loaded chunk that no longer exists after a
 * deploy) inside that widget: the rest of the page stays usable.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-state" role="alert">
        <strong>{this.props.what} could not be shown</strong>
        <p>{this.state.error.message}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
