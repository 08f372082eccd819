-- render.lua: the book's second pandoc pass (JSON -> HTML, EPUB, print HTML).
--
-- REPL transcripts become <pre class="pycon"> with the prompts, the typed
-- input and the output marked apart (prompts cannot be selected, so a reader
-- can copy the input). On the web site (metadata site=true) the script
-- behind a figure folds into a <details> element. A code block of more than
-- LONG lines gets the class "long": print.css lets it split across pages
-- (a short one is kept whole), so that no page is left half empty.

local site = false
local LONG = 12

local function line_count(text)
  local _, n = text:gsub("\n", "")
  return n + 1
end

local function escape(s)
  return (s:gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;"))
end

local function transcript(el, long)
  local out = {}
  for line in (el.text .. "\n"):gmatch("(.-)\n") do
    local prompt, rest = line:match("^(>>> ?)(.*)$")
    if not prompt then prompt, rest = line:match("^(%.%.%. ?)(.*)$") end
    if line == ">>>" or line == "..." then prompt, rest = line, "" end
    if prompt then
      table.insert(out, '<span class="py-prompt">' .. escape(prompt) .. '</span>' ..
                        '<span class="py-in">' .. escape(rest) .. '</span>')
    else
      table.insert(out, '<span class="py-out">' .. escape(line) .. '</span>')
    end
  end
  return pandoc.RawBlock("html", '<pre class="pycon' .. (long and ' long' or '') .. '"><code>' ..
                                 table.concat(out, "\n") .. '</code></pre>')
end

local function is_html()
  return FORMAT:match("html") or FORMAT:match("epub")
end

return {
  {Meta = function(meta) site = meta.site == true or pandoc.utils.stringify(meta.site or "") == "true" end},
  {
    CodeBlock = function(el)
      local long = line_count(el.text) > LONG
      if is_html() and el.classes:includes("pycon") then return transcript(el, long) end
      if long and not el.classes:includes("long") then
        el.classes:insert("long")
        return el
      end
    end,
    Div = function(el)
      if site and el.classes:includes("figure-source") then
        local blocks = {pandoc.RawBlock("html", '<details class="figure-source">' ..
                                        '<summary>The script behind this figure</summary>')}
        for _, b in ipairs(el.content) do table.insert(blocks, b) end
        table.insert(blocks, pandoc.RawBlock("html", "</details>"))
        return blocks
      end
    end,
  },
}
