import "./home.css";

// The placeholder home page until the leadership SPA lands; it already points analysts to the playground.
export function Home() {
  return (
    <main className="home">
      <h1>Jenjang</h1>
      <p>Manajemen karier ASN yang transparan dan berbasis kinerja</p>
      <a className="button" href="/playground">
        Buka GraphQL Playground
      </a>
    </main>
  );
}
