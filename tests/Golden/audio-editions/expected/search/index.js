BroadsheetSearch.load("index",{"version":1,"stem":true,"positions":true,"count":2,"chunk":50,"minYear":1936,
"sections":[["news","News"]],
"topics":[["east-end","East End"]],
"authors":[],
"shards":[""],
"docs":"!##!!!##!!",
"lengths":"((",
"titles":["A quiet morning after","Barricades on Cable Street"],
"paths":["1936/10/a-quiet-morning","1936/10/barricades"]});
