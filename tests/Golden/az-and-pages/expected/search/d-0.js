BroadsheetSearch.load("d-0",[
["articles/2021/08/article-8.html","\"Bread and Roses\"","","Sam Writer","8 August 2021","Article number 8."],
["articles/2021/08/article-7.html","Eighty years of the union","","Sam Writer","7 August 2021","Article number 7."],
["articles/2021/08/article-6.html","a small victory","","Sam Writer","6 August 2021","Article number 6."],
["articles/2021/08/article-5.html","An Apple for the Teacher","","Sam Writer","5 August 2021","Article number 5."],
["articles/2021/08/article-4.html","Жизнь рабочих","","Sam Writer","4 August 2021","Article number 4."],
["articles/2021/08/article-3.html","Ärger im Betrieb","","Sam Writer","3 August 2021","Article number 3."],
["articles/2021/08/article-2.html","1917 in Petrograd","","Sam Writer","2 August 2021","Article number 2."],
["articles/2021/08/article-1.html","The Zebra Crossing Strike","","Sam Writer","1 August 2021","Article number 1."]]);
