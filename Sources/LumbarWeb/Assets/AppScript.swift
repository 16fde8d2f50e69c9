/// The dashboard's only script, served at `/assets/app.js`: upload progress on the import page
/// and the hold timers on the core-test page. Every page works without it (the timer falls
/// back to typed seconds, the upload to a plain form post).
enum AppScript {
    static let js = """
    "use strict";
    document.addEventListener("DOMContentLoaded", function () {
      var form = document.getElementById("upload");
      if (form) {
        form.addEventListener("submit", function (ev) {
          var input = form.querySelector("input[type=file]");
          if (!input.files.length) { return; }
          ev.preventDefault();
          var files = Array.prototype.slice.call(input.files);
          var total = files.reduce(function (s, f) { return s + f.size; }, 0) || 1;
          var done = 0, bar = document.getElementById("upload-progress"), status = document.getElementById("upload-status");
          bar.hidden = false; bar.value = 0;
          var lines = [];
          function next(i) {
            if (i >= files.length) { status.textContent = lines.join(" ") + " Done: see Runs and Load."; return; }
            var f = files[i], xhr = new XMLHttpRequest();
            xhr.open("POST", "/api/v1/imports?name=" + encodeURIComponent(f.name));
            xhr.setRequestHeader("Content-Type", "application/octet-stream");
            var token = form.querySelector("input[name=_csrf]");
            if (token) { xhr.setRequestHeader("X-CSRF-Token", token.value); }
            xhr.upload.onprogress = function (p) { bar.value = Math.round(100 * (done + p.loaded) / total); };
            xhr.onload = function () {
              var r = {}; try { r = JSON.parse(xhr.responseText); } catch (e) {}
              lines.push(f.name + ": " + (xhr.status < 300 ? r.message : (r.error || ("HTTP " + xhr.status))));
              status.textContent = lines.join(" ");
              done += f.size; bar.value = Math.round(100 * done / total); next(i + 1);
            };
            xhr.onerror = function () { lines.push(f.name + ": the upload failed (is lumbar serve still running?)."); next(i + 1); };
            status.textContent = "Uploading " + f.name + " (" + (i + 1) + " of " + files.length + ")...";
            xhr.send(f);
          }
          next(0);
        });
      }
      Array.prototype.forEach.call(document.querySelectorAll("[data-timer]"), function (box) {
        var input = box.querySelector("input"), shown = document.createElement("div"), button = document.createElement("button");
        shown.className = "timer"; shown.setAttribute("aria-live", "off"); shown.textContent = "0.0 s";
        button.type = "button"; button.className = "secondary"; button.textContent = "Start timer";
        var started = null, tick = null;
        button.addEventListener("click", function () {
          if (started === null) {
            started = performance.now(); button.textContent = "Stop";
            tick = setInterval(function () { shown.textContent = ((performance.now() - started) / 1000).toFixed(1) + " s"; }, 100);
          } else {
            clearInterval(tick); var s = (performance.now() - started) / 1000; started = null;
            shown.textContent = s.toFixed(1) + " s"; input.value = s.toFixed(1); button.textContent = "Start timer";
            input.focus();
          }
        });
        var controls = document.createElement("div"), label = box.querySelector("label");
        controls.className = "timer-controls"; controls.appendChild(shown); controls.appendChild(button);
        box.insertBefore(controls, label);
      });
    });
    """
}
