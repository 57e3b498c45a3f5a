import type { ButtonHTMLAttributes } from 'react';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  variant?: 'primary' | 'plain';
}

/** A plain action button; always type="button" so it never submits a form. */
export function Button({ variant = 'plain', className, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type="button"
      className={`nn-button nn-button--${variant}${className ? ` ${className}` : ''}`}
    />
  );
}
