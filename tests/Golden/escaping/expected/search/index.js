BroadsheetSearch.load("index",{"version":1,"stem":true,"positions":true,"count":1,"chunk":50,"minYear":2020,
"sections":[["news","News & \u003cViews>"]],
"topics":[["a-and-b","A & B \u003ci>"]],
"authors":[["obrien-b","O'Brien \u003cb>"]],
"shards":[""],
"docs":"!##!#!",
"lengths":"0",
"titles":["\u003cscript>alert(‘title’)\u003c/script>"],
"paths":["2020/01/hostile"]});
