import { useState, type FormEvent } from 'react';
import { useTitle } from '../hooks';
import { paths } from '../paths';
import { navigate } from '../router';

/** Any credentials sign in: the sandbox has one account. */
export function LoginPage() {
  useTitle('Log in');
  const [email, setEmail] = useState('ada@example.com');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(paths.home);
  };
  return (
    <main className="ct-login">
      <form className="ct-card ct-login__card" onSubmit={submit}>
        <div className="ct-logo ct-logo--large">
          <span className="ct-logo__mark" aria-hidden="true">
            ct
          </span>
          <span className="ct-logo__word">CleverTap</span>
        </div>
        <h1 className="ct-login__title">Log in to your dashboard</h1>
        <div className="ct-field">
          <label htmlFor="login-email" className="ct-label">
            Email
          </label>
          <input id="login-email" type="email" className="ct-input" value={email} onChange={(event) => setEmail(event.currentTarget.value)} autoComplete="username" />
        </div>
        <div className="ct-field">
          <label htmlFor="login-password" className="ct-label">
            Password
          </label>
          <input
            id="login-password"
            type="password"
            className="ct-input"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            autoComplete="current-password"
          />
        </div>
        <button type="submit" className="ct-button ct-button--primary ct-button--block">
          Log in
        </button>
      </form>
    </main>
  );
}
