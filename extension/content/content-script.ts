console.log("content");
