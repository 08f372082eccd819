-- minipy.lua: the book's first pandoc pass (markdown -> JSON), format-free.
--
-- It turns the chapter conventions of book/README.md into plain pandoc:
--   ```{.c listing="NAME"}```        the piece NAME cut from build/src/chNN/
--   ```{.minipy-figure #id ...}```   a figure drawn by build/bin/chNN --dot
--   ```{.python .run}``` + output    an example, labelled with how to run it
--   ```{.python .cpython versions="2.7 3.12"}``` + ```{.output .versions}```
--                                    one script under several CPythons,
--                                    its output a version table
--   ```{.pycon .run}```              a REPL transcript, labelled
--   ::: note / differs / claim       admonitions and tagged claims
--   ::: exercises :::                every exercise of the chapter, its
--                                    statement read from exercises/NN-*/
--                                    (put at the end of "## Exercises" when
--                                    the chapter has no such div)
--   headers                          ids chNN-slug and numbers N.M
-- Anything it cannot resolve is an error: pandoc exits non-zero.
-- Paths are relative to the repository root (make runs pandoc there);
-- MINIPY_BIN, MINIPY_SRC and MINIPY_FIGURES override the defaults.

local bin_dir = os.getenv("MINIPY_BIN") or "build/bin"
local src_dir = os.getenv("MINIPY_SRC") or "build/src"
local fig_dir = os.getenv("MINIPY_FIGURES") or "build/book/figures"

local chapter = nil       -- "01" .. "12", nil for the preface and appendices
local appendix = nil      -- "A", "B" ... for book/appendices/a-*.md, b-*.md ...
local prefix = "front"    -- prefix of generated ids
local figure_count = 0

local function two_digits(n)
  return string.format("%02d", tonumber(n))
end

local function read_meta(meta)
  if meta.chapter then
    chapter = two_digits(pandoc.utils.stringify(meta.chapter))
  else
    local input = PANDOC_STATE.input_files[1] or ""
    local nn = input:match("chapters/(%d%d)%-[^/]*/")
    if nn then chapter = nn end
  end
  local letter = (PANDOC_STATE.input_files[1] or ""):match("appendices/(%a)%-[^/]*%.md$")
  if letter and not chapter then appendix = letter:upper() end
  if meta["id-prefix"] then
    prefix = pandoc.utils.stringify(meta["id-prefix"])
  elseif chapter then
    prefix = "ch" .. chapter
  end
end

-- The chapter whose program runs a block: its own, or chapter=N.
local function block_chapter(el)
  local nn = el.attributes.chapter and two_digits(el.attributes.chapter) or chapter
  if not nn then
    error("minipy.lua: a runnable block outside a chapter needs chapter=N")
  end
  return nn
end

local function slug(text)
  local s = text:lower():gsub("[^%w%-_]+", "-"):gsub("%-+", "-"):gsub("^%-", ""):gsub("%-$", "")
  return s ~= "" and s or "section"
end

local function write_file(path, text)
  local f = assert(io.open(path, "w"))
  f:write(text)
  f:close()
end

local function run(cmd, args, input)
  local ok, result = pcall(pandoc.pipe, cmd, args, input or "")
  if not ok then
    error("minipy.lua: `" .. cmd .. " " .. table.concat(args, " ") ..
          "` failed: " .. tostring(result))
  end
  return result
end

local function label(class, inlines)
  return pandoc.Div({pandoc.Plain(inlines)}, pandoc.Attr("", {class}))
end

-- A function whose body a graded exercise asks for shows only its comment
-- and signature, so that the chapter does not print the answer.
local function exercise_head(text, name, ex)
  local head = text:match("^(.-\n){\n")
  if not head then
    error("minipy.lua: listing " .. name .. " (exercise " .. ex .. ") has no body line \"{\"")
  end
  return head .. "{\n    /* The body is exercise " .. ex .. ": make grade EX=" .. ex .. " */\n}"
end

-- The pieces book/listing.py cut, by request ("SRC\tNAME\tFILE"): the
-- file and the piece, or {error = why}. One run of listing.py --batch cuts
-- every listing of the document (a Python start per listing cost as much
-- as the rest of a chapter's build).
local pieces = {}

local function listing_request(el)
  return table.concat({src_dir .. "/ch" .. block_chapter(el), el.attributes.listing,
                       el.attributes.file or ""}, "\t")
end

local function cut_pieces(requests)
  if #requests == 0 then return end
  local out = run("python3", {"book/listing.py", "--batch"}, table.concat(requests, "\n") .. "\n")
  local at = 1
  for _, request in ipairs(requests) do
    local status, size, body = out:match("^(%a+) (%d+)\n()", at)
    if not status then error("minipy.lua: book/listing.py --batch gave no answer for " .. request) end
    at = body + tonumber(size)
    local text = out:sub(body, at - 1)
    pieces[request] = status == "ok" and text or {error = text}
  end
end

local function cut_all_listings(doc)
  local requests, seen = {}, {}
  pandoc.walk_block(pandoc.Div(doc.blocks), {CodeBlock = function(el)
    if el.attributes.listing then
      local request = listing_request(el)
      if not seen[request] then
        seen[request] = true
        requests[#requests + 1] = request
      end
    end
  end})
  cut_pieces(requests)
end

-- ```{.c listing="NAME" [chapter=N] [file=F] [exercise=NN-K]}```
local function listing(el)
  local nn = block_chapter(el)
  local name = el.attributes.listing
  local request = listing_request(el)
  if not pieces[request] then cut_pieces({request}) end
  local out = pieces[request]
  if type(out) == "table" then
    error("minipy.lua: listing " .. name .. ": " .. out.error:gsub("\n$", ""))
  end
  local file, text = out:match("^([^\n]*)\n(.*)$")
  text = text:gsub("\n$", "")
  if text:match("^%s*$") then
    error("minipy.lua: listing " .. name .. " is empty")
  end
  local ex = el.attributes.exercise
  if ex then text = exercise_head(text, name, ex) end
  local code = pandoc.CodeBlock(text, pandoc.Attr("", {"c"}))
  local caption = label("listing-caption", {
    pandoc.Code(name), pandoc.Space(), pandoc.Str("in"), pandoc.Space(),
    pandoc.Code(file), pandoc.Space(),
    pandoc.Str("(chapter " .. tonumber(nn) .. " snapshot)")})
  local attrs = {{"listing", name}}
  if ex then attrs[#attrs + 1] = {"exercise", ex} end
  local attr = pandoc.Attr(el.identifier, {"listing"}, attrs)
  return pandoc.Div({caption, code}, attr)
end

local function clean_svg(svg)
  svg = svg:gsub("<%?xml[^>]*%?>%s*", "")
  svg = svg:gsub("<!DOCTYPE[^>]*>%s*", "")
  svg = svg:gsub("<!%-%-.-%-%->%s*", "")
  return svg
end

-- ```{.minipy-figure #fig-x caption="..." [dot-from=stdout | gc-step=N | pools=true] [chapter=N]}```
local function figure(el)
  local nn = block_chapter(el)
  figure_count = figure_count + 1
  local id = el.identifier ~= "" and el.identifier or (prefix .. "-fig-" .. figure_count)
  local program = bin_dir .. "/ch" .. nn
  local from_stdout = el.attributes["dot-from"] == "stdout"
  local dot = pandoc.system.with_temporary_directory("minipy-figure", function(dir)
    local script = dir .. "/figure.py"
    write_file(script, el.text .. "\n")
    if from_stdout then
      return run(program, {script})
    end
    -- gc-step=N: step N of the script's last collection (chapter 9's --gc-dot)
    local step = el.attributes["gc-step"]
    if step then
      run(program, {"--gc-dot", dir, script})
      local f = io.open(dir .. "/step-" .. step .. ".dot")
      if not f then error("minipy.lua: figure " .. id .. ": " .. program .. " drew no step " .. step) end
      local text = f:read("a")
      f:close()
      return text
    end
    local dot_file = dir .. "/figure.dot"
    -- pools=true: the arenas and pools as the script leaves them (chapter 11's --pools-dot)
    run(program, {el.attributes.pools and "--pools-dot" or "--dot", dot_file, script})
    local f = io.open(dot_file)
    if not f then error("minipy.lua: " .. program .. " wrote no " .. dot_file) end
    local text = f:read("a")
    f:close()
    return text
  end)
  if not dot:match("digraph") and not dot:match("graph") then
    error("minipy.lua: figure " .. id .. ": no DOT graph from " .. program)
  end
  os.execute("mkdir -p '" .. fig_dir .. "'")
  write_file(fig_dir .. "/" .. id .. ".svg", clean_svg(run("dot", {"-Tsvg"}, dot)))
  write_file(fig_dir .. "/" .. id .. ".dot", dot)

  local caption = {}
  if el.attributes.caption then
    local parsed = pandoc.read(el.attributes.caption, "markdown").blocks
    if parsed[1] then caption = parsed[1].content end
  end
  local image = pandoc.Image(caption, "figures/" .. id .. ".svg", "fig:",
                             pandoc.Attr("", {}, {{"alt", pandoc.utils.stringify(caption)}}))
  local note
  if from_stdout then
    note = {pandoc.Str("Printed"), pandoc.Space(), pandoc.Str("by"), pandoc.Space(),
            pandoc.Code("build/bin/ch" .. nn), pandoc.Space(), pandoc.Str("running this script:")}
  elseif el.attributes["gc-step"] then
    note = {pandoc.Str("Step"), pandoc.Space(), pandoc.Str(el.attributes["gc-step"]),
            pandoc.Space(), pandoc.Str("of"), pandoc.Space(), pandoc.Str("the"), pandoc.Space(),
            pandoc.Str("last"), pandoc.Space(), pandoc.Str("collection,"), pandoc.Space(),
            pandoc.Str("drawn"), pandoc.Space(), pandoc.Str("by"), pandoc.Space(),
            pandoc.Code("build/bin/ch" .. nn .. " --gc-dot DIR"), pandoc.Space(),
            pandoc.Str("from this script:")}
  else
    local switch = el.attributes.pools and " --pools-dot" or " --dot"
    note = {pandoc.Str("Drawn"), pandoc.Space(), pandoc.Str("by"), pandoc.Space(),
            pandoc.Code("build/bin/ch" .. nn .. switch), pandoc.Space(), pandoc.Str("from this script:")}
  end
  local source = pandoc.Div({
      label("figure-note", note),
      pandoc.CodeBlock(el.text, pandoc.Attr("", {"python"}))},
    pandoc.Attr("", {"figure-source"}))
  return pandoc.Div({pandoc.Para({image}), source},
                    pandoc.Attr(id, {"minipy-figure"}, {{"data-program", "ch" .. nn}}))
end

local function command_line(el, nn, tail)
  local parts = {"build/bin/ch" .. nn}
  if el.attributes.args then table.insert(parts, el.attributes.args) end
  if tail then table.insert(parts, tail) end
  return table.concat(parts, " ")
end

-- The CPython a .cpython block was checked with: python="3.6" or 3.11.
local function cpython_version(el)
  return el.attributes.python or "3.11"
end

-- How a reader runs that CPython: python3 for 3.11, python3.6 for others.
local function cpython_command(el)
  local version = el.attributes.python
  return version and ("python" .. version) or "python3"
end

local function example_attr(el, kind)
  local attrs = {}
  if el.classes:includes("cpython") and kind == "transcript" then kind = "cpython" end
  if el.attributes.seeds then attrs = {{"seeds", el.attributes.seeds}} end
  return pandoc.Attr(el.identifier, {"example", kind}, attrs)
end

-- ```{.python .run}``` followed by ```output```: one example.
-- With .cpython instead of .run the script shows what CPython does (3.11, or
-- the version its python= attribute names).
local function script_example(el, output)
  local cpython = el.classes:includes("cpython")
  local nn = cpython and "" or block_chapter(el)
  local name = el.attributes.script or "example.py"
  local cmd = cpython and (cpython_command(el) .. " " .. name) or command_line(el, nn, name)
  local status = el.attributes.exit
  local text = output.text
  local out_classes = {"output"}
  if text == "" then
    text = "(no output)"
    table.insert(out_classes, "empty")
  end
  local head = {pandoc.Str(name), pandoc.Space(), pandoc.Str("·"), pandoc.Space(),
                pandoc.Str("run"), pandoc.Space(), pandoc.Code(cmd)}
  if cpython then
    head = {pandoc.Str("CPython"), pandoc.Space(), pandoc.Str(cpython_version(el)), pandoc.Space(),
            pandoc.Str("·"), pandoc.Space(), pandoc.Code(cmd)}
  end
  if status and status ~= "0" then
    head[#head + 1] = pandoc.Space()
    head[#head + 1] = pandoc.Str("(exit status " .. status .. ")")
  end
  return pandoc.Div({
      label("example-label", head),
      pandoc.CodeBlock(el.text, pandoc.Attr("", {"python"})),
      label("output-label", {pandoc.Str("Output")}),
      pandoc.CodeBlock(text, pandoc.Attr("", out_classes))},
    example_attr(el, cpython and "cpython" or "script"))
end

-- ```{.python .cpython versions="2.7 3.12"}``` followed by
-- ```{.output .versions}```: one script under several CPythons, its output
-- as a table of version and printed line (the rows check_examples.py runs).
local function version_table_example(el, output)
  local name = el.attributes.script or "example.py"
  local versions = pandoc.List()
  for v in el.attributes.versions:gmatch("%S+") do versions:insert(v) end
  local head = {pandoc.Str("CPython"), pandoc.Space(), pandoc.Str(table.concat(versions, ", ")),
                pandoc.Space(), pandoc.Str("·"), pandoc.Space(), pandoc.Code("python3.X " .. name),
                pandoc.Space(), pandoc.Str("under"), pandoc.Space(), pandoc.Str("each")}
  local rows = {}
  for line in output.text:gmatch("[^\n]+") do
    local version, printed = line:match("^(%S+)%s+(.*)$")
    if not version then
      error("minipy.lua: a version table's row is a version and a line:\n" .. line)
    end
    rows[#rows + 1] = {{pandoc.Plain({pandoc.Str(version)})}, {pandoc.Plain({pandoc.Code(printed)})}}
  end
  local tbl = pandoc.utils.from_simple_table(pandoc.SimpleTable(
      {}, {pandoc.AlignLeft, pandoc.AlignLeft}, {0, 0},
      {{pandoc.Plain({pandoc.Str("CPython")})}, {pandoc.Plain({pandoc.Str("prints")})}}, rows))
  tbl.attr = pandoc.Attr("", {"version-table"})
  return pandoc.Div({
      label("example-label", head),
      pandoc.CodeBlock(el.text, pandoc.Attr("", {"python"})),
      label("output-label", {pandoc.Str("Output")}),
      tbl},
    example_attr(el, "cpython"))
end

local function transcript(el)
  local cpython = el.classes:includes("cpython")
  local cmd = cpython and cpython_command(el) or command_line(el, block_chapter(el), nil)
  local head = {pandoc.Str("At the prompt of"), pandoc.Space(), pandoc.Code(cmd)}
  if cpython then
    head[#head + 1] = pandoc.Space()
    head[#head + 1] = pandoc.Str("(CPython " .. cpython_version(el) .. ")")
  end
  return pandoc.Div({
      label("example-label", head),
      pandoc.CodeBlock(el.text, pandoc.Attr("", {"pycon"}))},
    example_attr(el, "transcript"))
end

-- The chapter's graded exercises, as book/exercises.py lists them from
-- exercises/NN-*/K-*/exercise.json: for each, a heading with its id and
-- title, its kind and points, the command that grades it, and its statement
-- (exercise.md without its title line, headings moved below the section's).
local exercises_shown = false

local function exercise_blocks(dir, id, kind, points, title)
  local f = io.open(dir .. "/exercise.md")
  if not f then error("minipy.lua: exercise " .. id .. " has no " .. dir .. "/exercise.md") end
  local text = f:read("a")
  f:close()
  local doc = pandoc.read(text, "markdown-auto_identifiers")
  local body = pandoc.List()
  for i, el in ipairs(doc.blocks) do
    if i == 1 and el.t == "Header" and el.level == 1 then
      -- the statement's own title: the heading below says it
    elseif el.t == "Header" then
      el.level = math.min(el.level + 3, 6)
      body:insert(el)
    else
      body:insert(el)
    end
  end
  if #body == 0 then error("minipy.lua: exercise " .. id .. ": " .. dir .. "/exercise.md is empty") end
  local heading = pandoc.Header(3, {pandoc.Str("Exercise"), pandoc.Space(), pandoc.Str(id),
      pandoc.Space(), pandoc.Str("·"), pandoc.Space(), pandoc.Str(title)},
    pandoc.Attr("ex-" .. id, {"unnumbered"}))
  local meta = label("exercise-meta", {
    pandoc.Emph({pandoc.Str(kind)}), pandoc.Space(), pandoc.Str("·"), pandoc.Space(),
    pandoc.Str(points .. (points == "1" and " point" or " points")), pandoc.Space(),
    pandoc.Str("·"), pandoc.Space(), pandoc.Str("grade it with"), pandoc.Space(),
    pandoc.Code("make grade EX=" .. id), pandoc.Space(), pandoc.Str("(folder"), pandoc.Space(),
    pandoc.Code(dir .. "/") , pandoc.Str(")")})
  local statement = pandoc.Div(body, pandoc.Attr("", {"exercise-statement"}))
  return pandoc.Div({heading, meta, statement},
    pandoc.Attr("", {"exercise"}, {{"exercise", id}, {"exercise-kind", kind}, {"points", points}}))
end

local function exercises_list()
  if not chapter then error("minipy.lua: ::: exercises outside a chapter") end
  exercises_shown = true
  local out = pandoc.List()
  for line in run("python3", {"book/exercises.py", chapter}):gmatch("[^\n]+") do
    local dir, id, kind, points, title = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    if not dir then error("minipy.lua: book/exercises.py printed " .. line) end
    out:insert(exercise_blocks(dir, id, kind, points, title))
  end
  return out
end

-- A chapter without a ::: exercises div gets its exercises at the end of
-- its "Exercises" section, or in a new one at the end of the chapter.
local function place_exercises(doc)
  if exercises_shown or not chapter then return doc end
  local list = exercises_list()
  if #list == 0 then return doc end
  local blocks = doc.blocks
  local at = nil
  for i, el in ipairs(blocks) do
    if el.t == "Header" and el.level == 2 and pandoc.utils.stringify(el.content) == "Exercises" then
      at = i + 1
      while blocks[at] and not (blocks[at].t == "Header" and blocks[at].level <= 2) do at = at + 1 end
    end
  end
  if not at then
    blocks:insert(pandoc.Header(2, {pandoc.Str("Exercises")}))
    at = #blocks + 1
  end
  for k = #list, 1, -1 do blocks:insert(at, list[k]) end
  return doc
end

-- plot="micro.svg" caption="...": the run's gnuplot drawing too, copied
-- into the book's figures (nothing when the run had no gnuplot).
local function bench_plot(el)
  local name = el.attributes.plot
  local f = name and io.open("build/bench/" .. name, "r")
  if not f then return nil end
  local svg = f:read("a")
  f:close()
  os.execute("mkdir -p '" .. fig_dir .. "'")
  write_file(fig_dir .. "/bench-" .. name, clean_svg(svg))
  local caption = {}
  if el.attributes.caption then
    local parsed = pandoc.read(el.attributes.caption, "markdown").blocks
    if parsed[1] then caption = parsed[1].content end
  end
  return pandoc.Para({pandoc.Image(caption, "figures/bench-" .. name, "fig:",
    pandoc.Attr("", {}, {{"alt", pandoc.utils.stringify(caption)}}))})
end

-- ::: {.bench file="alloc.md"}: a benchmark's tables as `make bench`
-- last wrote them into build/bench/, never typed into the book (their
-- headings dropped: the chapter's own headings frame them). Without a run
-- the book says which command fills the place in.
local function bench_results(el)
  local name = el.attributes.file
  local f = io.open("build/bench/" .. name, "r")
  if not f then
    return pandoc.Div({pandoc.Para({pandoc.Emph({pandoc.Str(
      "This build of the book ran no benchmark: `make " .. el.attributes.target ..
      "` writes build/bench/" .. name .. ", and the next build of the book shows its figures here.")})})},
      pandoc.Attr(el.identifier, {"bench"}))
  end
  local text = f:read("a")
  f:close()
  local kept = pandoc.List()
  for _, b in ipairs(pandoc.read(text, "markdown").blocks) do
    if b.t ~= "Header" then kept:insert(b) end
  end
  local plot = bench_plot(el)
  if plot then kept:insert(1, plot) end
  return pandoc.Div(kept, pandoc.Attr(el.identifier, {"bench"}))
end

local function runnable(el)
  return el.classes:includes("run") or el.classes:includes("cpython")
end

local function is_output(el)
  return el and el.t == "CodeBlock" and el.classes[1] == "output"
end

local function blocks(list)
  local out = pandoc.List()
  local i = 1
  while i <= #list do
    local el = list[i]
    if el.t == "CodeBlock" and el.attributes.listing then
      out:insert(listing(el))
    elseif el.t == "CodeBlock" and el.classes:includes("minipy-figure") then
      out:insert(figure(el))
    elseif el.t == "CodeBlock" and runnable(el) and el.classes:includes("python") then
      if not is_output(list[i + 1]) then
        error("minipy.lua: a {.python .run} block must be followed by an output block:\n" .. el.text)
      end
      if el.attributes.versions then
        out:insert(version_table_example(el, list[i + 1]))
      else
        out:insert(script_example(el, list[i + 1]))
      end
      i = i + 1
    elseif el.t == "CodeBlock" and runnable(el) and el.classes:includes("pycon") then
      out:insert(transcript(el))
    elseif el.t == "Div" and el.classes:includes("bench") then
      out:insert(bench_results(el))
    elseif el.t == "Div" and el.classes:includes("exercises") then
      out:insert(pandoc.Div(exercises_list(), pandoc.Attr(el.identifier, {"exercises"})))
    elseif is_output(el) then
      error("minipy.lua: an output block without a {.python .run} or {.python .cpython} " ..
            "block right before it:\n" .. el.text)
    else
      out:insert(el)
    end
    i = i + 1
  end
  return out
end

local admonition_titles = {note = "In other versions", differs = "minipy differs"}

local function div(el)
  for class, title in pairs(admonition_titles) do
    if el.classes:includes(class) then
      local text = el.attributes.title or title
      el.attributes.title = nil
      el.content:insert(1, label("admonition-title", {pandoc.Str(text)}))
      return el
    end
  end
end

-- Ids for headers (auto_identifiers is off: they must be unique book-wide)
-- and numbers: "1" for the chapter title, "1.2" for sections.
local function number_headers(doc)
  local section = 0
  local seen = {}
  for _, el in ipairs(doc.blocks) do
    if el.t == "Header" then
      if el.identifier == "" then
        local base = el.level == 1 and prefix or (prefix .. "-" .. slug(pandoc.utils.stringify(el.content)))
        local id, n = base, 1
        while seen[id] do n = n + 1; id = base .. "-" .. n end
        el.identifier = id
      end
      seen[el.identifier] = true
      local numbered = chapter or appendix
      if numbered and not el.classes:includes("unnumbered") and el.level <= 2 then
        local number = appendix or tostring(tonumber(chapter))
        local classes = appendix and {"secno", "appendix"} or {"secno"}
        if el.level == 2 then
          section = section + 1
          number = number .. "." .. section
        end
        el.content:insert(1, pandoc.Space())
        el.content:insert(1, pandoc.Span({pandoc.Str(number)}, pandoc.Attr("", classes)))
      end
    end
  end
  return doc
end

return {
  {Meta = read_meta},
  {Pandoc = cut_all_listings},
  {Blocks = blocks, Div = div},
  {Pandoc = place_exercises},
  {Pandoc = number_headers},
}
