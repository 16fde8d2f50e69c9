"""Drives accounts-load.sh: sign-up (not timed), then every user at once signs in on instance A
and reads the dashboard on instance B with the same session. Standard library only."""
import http.client, re, sys, threading, time, urllib.parse

invites, url_a, url_b, rounds = open(sys.argv[1]).read().split(), sys.argv[2], sys.argv[3], int(sys.argv[4])
PASSWORD = "load test password"
GPX = """<?xml version="1.0"?><gpx version="1.1" creator="bench" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>{}</trkseg></trk></gpx>"""
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')
lock, timings, errors = threading.Lock(), {}, []


class Client:
    def __init__(self):
        self.cookies = {}

    def request(self, base, method, path, body=None, headers=None, step=None):
        host = urllib.parse.urlparse(base)
        conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        start = time.perf_counter()
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        data = r.read()
        elapsed = time.perf_counter() - start
        conn.close()
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                name, _, value = v.split(";", 1)[0].partition("=")
                if "Max-Age=0" in v or not value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = value
        if step:
            with lock:
                timings.setdefault(step, []).append(elapsed)
        return r.status, data.decode("utf-8", "replace")

    def form(self, base, path, fields, step=None):
        return self.request(base, "POST", path, urllib.parse.urlencode(fields),
                            {"Content-Type": "application/x-www-form-urlencoded"}, step)


def expect(ok, what):
    if not ok:
        with lock:
            errors.append(what)


def sign_up(i, link):
    c = Client()
    query = urllib.parse.urlparse(link).query
    status, page = c.request(url_a, "GET", "/signup?" + query)
    token = CSRF.search(page).group(1)
    invite = urllib.parse.parse_qs(query)["invite"][0]
    status, _ = c.form(url_a, "/signup", {"_csrf": token, "invite": invite, "name": f"Runner {i}",
                                          "password": PASSWORD, "confirm": PASSWORD})
    expect(status == 303, f"sign-up {i}: {status}")
    status, page = c.request(url_b, "GET", "/")
    token = CSRF.search(page).group(1)
    points = "".join(f'<trkpt lat="{52 + k * 0.0003}" lon="4.0"><time>2026-11-{10 + i % 15:02d}T07:{k // 60:02d}:{k % 60:02d}Z</time></trkpt>'
                     for k in range(300))
    status, _ = c.request(url_b, "POST", f"/api/v1/imports?name=run{i}.gpx", GPX.format(points),
                          {"X-CSRF-Token": token, "Content-Type": "application/octet-stream"})
    expect(status == 201, f"import {i}: {status}")


def session(i):
    email = f"runner{i}@example.org"
    for _ in range(rounds):
        c = Client()
        status, page = c.request(url_a, "GET", "/signin", step="GET /signin")
        expect(status == 200, f"{email} GET /signin {status}")
        status, _ = c.form(url_a, "/signin", {"_csrf": CSRF.search(page).group(1), "email": email,
                                              "password": PASSWORD, "next": "/"}, step="POST /signin (bcrypt 12)")
        expect(status == 303, f"{email} POST /signin {status}")
        for path in ["/", "/runs", "/api/v1/summary"]:
            status, body = c.request(url_b, "GET", path, step=f"GET {path} (other instance)")
            expect(status == 200 and (f"Runner {i}" in body or path.startswith("/api")), f"{email} {path} {status}")


def run_all(target, n):
    threads = [threading.Thread(target=target, args=a) for a in n]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


start = time.perf_counter()
run_all(sign_up, [(i + 1, link) for i, link in enumerate(invites)])
print(f"{len(invites)} sign-ups with one imported run each: {time.perf_counter() - start:.1f} s")
timings.clear()
start = time.perf_counter()
run_all(session, [(i + 1,) for i in range(len(invites))])
wall = time.perf_counter() - start
total = sum(len(v) for v in timings.values())
print(f"{len(invites)} users at once x {rounds} rounds: {total} requests in {wall:.1f} s, {len(errors)} errors")
print(f"{'step':36} {'n':>5} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}")
for step, values in timings.items():
    v = sorted(values)
    q = lambda p: v[min(len(v) - 1, int(p * len(v)))] * 1000
    print(f"{step:36} {len(v):5} {q(0.5):8.1f} {q(0.9):8.1f} {q(0.99):8.1f} {v[-1] * 1000:8.1f}")
for e in errors[:10]:
    print("error:", e)
sys.exit(1 if errors else 0)
