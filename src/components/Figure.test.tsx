import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { Figure } from './Figure';
import { ScrollBox } from './ScrollBox';

describe('Figure', () => {
  it('is a <figure> named by its caption, with the caption first', () => {
    const { container } = render(
      <Figure
        caption="A calculation by hand"
        description="Drag the sliders."
        id="fig-1"
        equation={<span>z = 1</span>}
        controls={<span>controls</span>}
        actions={<button type="button">Reset</button>}
      >
        <svg />
      </Figure>,
    );
    const figure = screen.getByRole('figure', { name: 'A calculation by hand' });
    expect(figure.tagName).toBe('FIGURE');
    expect(figure.id).toBe('fig-1');
    expect(figure.firstElementChild?.tagName).toBe('FIGCAPTION');
    expect(figure.firstElementChild?.firstElementChild?.textContent).toBe('A calculation by hand');
    expect(screen.getByText('Drag the sliders.').className).toContain('nn-figure__description');
    expect(container.querySelector('.nn-figure__equation')?.textContent).toBe('z = 1');
    expect(container.querySelector('.nn-figure__actions button')).not.toBeNull();
  });

  it('renders the same markup on the server (prerender) as on the client', () => {
    const el = <Figure caption="X"><p>plot</p></Figure>;
    const server = renderToString(el);
    expect(server).toContain('<figcaption');
    expect(server).not.toContain('nn-figure__equation');
  });
});

describe('ScrollBox', () => {
  it('is a focusable named region', () => {
    render(<ScrollBox label="Weight matrix W"><table /></ScrollBox>);
    const region = screen.getByRole('region', { name: 'Weight matrix W' });
    expect(region.tabIndex).toBe(0);
  });
});
