import { currentNavItem, NAV_ITEMS } from '../routes';
import { Link } from '../router';

/** Skip link, product name and the main navigation (`aria-current="page"` on the current section). */
export function Header({ pathname }: { pathname: string }) {
  const current = currentNavItem(pathname);
  return (
    <header className="demo-header">
      <a className="demo-skip-link" href="#main">
        Skip to main content
      </a>
      <div className="demo-header__inner">
        <Link to="/" className="demo-brand">
          xMode <span className="demo-brand__tag">demo</span>
        </Link>
        <nav aria-label="Main">
          <ul className="demo-nav">
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <Link to={item.to} className="demo-nav__link" aria-current={item.to === current ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
