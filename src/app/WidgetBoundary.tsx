import { Component, type ReactNode } from 'react';

interface Props {
  name: string;
  children: ReactNode;
  /** Called before the widget is remounted, so it can forget the state that broke it. */
  onReset?: () => void;
}
interface State {
  error: Error | null;
  generation: number;
}

/**
 * Isolates one widget: if it throws, the reader sees a short message and a reset button in its
 * place, and the rest of the essay keeps working.
 */
export class WidgetBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    // A warning, not an error: the page handled it, and the message is on screen.
    console.warn(`Widget ${this.props.name} stopped:`, error.message);
  }

  private reset = () => {
    this.props.onReset?.();
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  };

  override render() {
    if (this.state.error) {
      return (
        <div className="nn-widget-error" role="alert">
          <p>This figure ran into a problem and stopped. The rest of the essay still works.</p>
          <button type="button" className="nn-button" onClick={this.reset}>
            Reset this figure
          </button>
        </div>
      );
    }
    return <WidgetGeneration key={this.state.generation}>{this.props.children}</WidgetGeneration>;
  }
}

function WidgetGeneration({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
