-- wrk script for bench/intake.sh: POSTs one realistic submission per request and counts 201 answers per thread.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json; charset=utf-8"
wrk.body = '{"kind":"kien-nghi","title":"Đề nghị sửa chữa đường liên thôn","content":"Đường liên thôn từ thôn Đông đi thôn Đoài bị hư hỏng nặng, mùa mưa ngập sâu, học sinh đi học rất khó khăn. Đề nghị xã sớm sửa chữa.","provinceCode":"01","communeCode":"00070","address":"Số 5 ngõ 12 Hàng Bạc","submitter":{"fullName":"Nguyễn Văn An","phone":"0912345678","email":"nguyenvanan@example.vn"},"anonymous":false,"consent":true}'

local threads = {}

function setup(thread)
  thread:set("created", 0)
  thread:set("other", 0)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status == 201 then
    created = (created or 0) + 1
  else
    other = (other or 0) + 1
  end
end

function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do
    c = c + (t:get("created") or 0)
    o = o + (t:get("other") or 0)
  end
  io.write(string.format("RESULT created=%d other=%d p99_ms=%.2f rps=%.1f\n",
    c, o, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
