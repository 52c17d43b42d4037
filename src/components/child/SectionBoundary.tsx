import { Component, type ReactNode } from 'react';

/** One part of the page that fails says so and never takes the rest of the page (or its data tools) with it. */
export class SectionBoundary extends Component<{ children: ReactNode; failedText: string }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <p className="yt-notice">{this.props.failedText}</p> : this.props.children;
  }
}
